package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.ESCALATION_OUTCOME;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Event_EscalationResolved: the outcome goes into the timeline; the petition resumes at callback. */
@Component
class RecordEscalationOutcomeListener implements ExecutionListener {

    private final PetitionWorkflow workflow;

    RecordEscalationOutcomeListener(PetitionWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object outcome = execution.getVariable(ESCALATION_OUTCOME);
        workflow.escalationResolved(ResidentPetitionProcess.petitionId(execution),
                outcome == null ? null : outcome.toString());
        execution.removeVariable(ESCALATION_OUTCOME);
    }
}
