package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.ESCALATION_OUTCOME;

import cn.gongzhi.petition.domain.PetitionEscalations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Event_EscalationResolved: the outcome goes into the timeline; the petition resumes at callback. */
@Component
class RecordEscalationOutcomeListener implements ExecutionListener {

    private final PetitionEscalations workflow;
    private final PetitionInstances instances;

    RecordEscalationOutcomeListener(PetitionEscalations workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateExecution execution) {
        workflow.resolved(instances.petitionOf(execution), ESCALATION_OUTCOME.get(execution));
        ESCALATION_OUTCOME.remove(execution);
    }
}
