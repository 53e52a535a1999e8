package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The petition an instance works on: the id in {@code petitionId}, checked against the record's own process
 * instance, so a step never works on a petition that belongs to another instance, whatever a variable says.
 */
@Component
class PetitionInstances {

    private final PetitionWorkflow workflow;

    PetitionInstances(PetitionWorkflow workflow) {
        this.workflow = workflow;
    }

    long petitionOf(DelegateExecution execution) {
        return bound(ResidentPetitionProcess.PETITION_ID.required(execution), execution.getProcessInstanceId());
    }

    long petitionOf(DelegateTask task) {
        return bound(ResidentPetitionProcess.PETITION_ID.required(task), task.getProcessInstanceId());
    }

    private long bound(long petitionId, String processInstanceId) {
        workflow.requireBound(petitionId, processInstanceId);
        return petitionId;
    }
}
