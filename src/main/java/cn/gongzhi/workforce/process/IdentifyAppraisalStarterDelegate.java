package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_IdentifyAppraisalStarter: the login that started the appraisal by hand, a member of a street office as the
 * registry seats her, chooses the street and year next. Anyone else is refused and nothing is written.
 */
@Component
class IdentifyAppraisalStarterDelegate implements JavaDelegate {

    private final AppraisalStarters starters;

    IdentifyAppraisalStarterDelegate(AppraisalStarters starters) {
        this.starters = starters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Starter starter = Actors.starter().orElseThrow(() -> new StepRefused("社区工作者年度考核须由街道党工委成员发起"));
        if (starters.streetsOf(starter.userId()).isEmpty()) {
            throw new StepRefused(starter.userId() + " 不是街道党工委成员，不能发起社区工作者年度考核");
        }
        AnnualAppraisalProcess.STARTER.set(execution, starter.userId());
        CommonVariables.MATTER_CATEGORY.set(execution, AppraisalForms.CATEGORY);
    }
}
