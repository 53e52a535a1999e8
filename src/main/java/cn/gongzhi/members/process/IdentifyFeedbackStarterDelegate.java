package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_IdentifyFeedbackStarter: the login that started the annual feedback by hand, a member of a community's
 * Party organisation as the registry records her, chooses the unit and year next. Anyone else is refused and nothing
 * is written.
 */
@Component
class IdentifyFeedbackStarterDelegate implements JavaDelegate {

    private final FeedbackStarters starters;

    IdentifyFeedbackStarterDelegate(FeedbackStarters starters) {
        this.starters = starters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Starter starter = Actors.starter().orElseThrow(() -> new StepRefused("年度双向反馈须由社区党组织成员发起"));
        if (starters.of(starter).isEmpty()) {
            throw new StepRefused(starter.userId() + " 不是任何社区党组织的成员，不能发起年度双向反馈");
        }
        AnnualFeedbackProcess.STARTER.set(execution, starter.userId());
        CommonVariables.MATTER_CATEGORY.set(execution, "年度双向反馈");
    }
}
