package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ProposePlan: the village Party branch, having heard Party members and villagers, confirms the proposal;
 * what it heard goes into the timeline.
 */
@Component
class ProposePlanStep implements StepHandler {

    static final String OPINIONS_HEARD = "opinionsHeard";

    private final DeliberationRecords records;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    ProposePlanStep(DeliberationRecords records, DeliberationInstances instances, CaseSummaries summaries) {
        this.records = records;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "proposePlan";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, summaries.deliberation(instances.deliberationOf(task)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String opinions = form.text(OPINIONS_HEARD, "请填写听取党员和群众意见的情况", DeliberationForms.REMARK_MAX);
        records.proposalConfirmed(instances.deliberationOf(task), opinions, Actors.current());
        DeliberationForms.forget(task, OPINIONS_HEARD);
    }
}
