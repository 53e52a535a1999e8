package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionRegistration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The petition an instance works on: the id in {@code petitionId}, checked against the record's own process
 * instance, so a step never works on a petition that belongs to another instance, whatever a variable says.
 */
@Component
class PetitionInstances {

    private final PetitionRegistration registration;

    PetitionInstances(PetitionRegistration registration) {
        this.registration = registration;
    }

    long petitionOf(DelegateExecution execution) {
        return bound(ResidentPetitionProcess.PETITION_ID.required(execution), execution.getProcessInstanceId());
    }

    /**
     * The petition of a task. A task whose instance moved on under it (completed by someone else at the same moment)
     * never gets here: {@code StepListener} answers it 409 first.
     */
    long petitionOf(DelegateTask task) {
        return bound(ResidentPetitionProcess.PETITION_ID.required(task), task.getProcessInstanceId());
    }

    private long bound(long petitionId, String processInstanceId) {
        registration.requireBound(petitionId, processInstanceId);
        return petitionId;
    }
}
