package cn.gongzhi.workforce.process;

import cn.gongzhi.workforce.domain.TrainingRounds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_EnrolWorkers: the approved plans become the workers' plans of the year in the registry's records. */
@Component
class EnrolWorkersDelegate implements JavaDelegate {

    private final TrainingRounds rounds;
    private final TrainingPlans plans;

    EnrolWorkersDelegate(TrainingRounds rounds, TrainingPlans plans) {
        this.rounds = rounds;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.enrol(plans.roundOf(execution).getId());
    }
}
