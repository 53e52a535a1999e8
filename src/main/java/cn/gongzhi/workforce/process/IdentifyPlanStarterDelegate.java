package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_IdentifyPlanStarter: the login that started a planning round by hand, a community's head or a member of a
 * street office as the records say, chooses the community and year next. Anyone else is refused, nothing written.
 */
@Component
class IdentifyPlanStarterDelegate implements JavaDelegate {

    private final TrainingStarters starters;

    IdentifyPlanStarterDelegate(TrainingStarters starters) {
        this.starters = starters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Starter starter = Actors.starter().orElseThrow(() -> new StepRefused("年度培训计划须由社区正职或街道党工委成员发起"));
        if (starters.planCommunities(starter.userId()).isEmpty()) {
            throw new StepRefused(starter.userId() + " 不是社区正职或街道党工委成员，不能发起年度培训计划");
        }
        TrainingPlanProcess.STARTER.set(execution, starter.userId());
        CommonVariables.MATTER_CATEGORY.set(execution, "年度培训计划");
    }
}
