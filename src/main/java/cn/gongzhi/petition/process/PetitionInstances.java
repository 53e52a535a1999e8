package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionRegistration;
import org.camunda.bpm.engine.OptimisticLockingException;
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
     * The petition of a task. A task whose instance has moved on under it (someone completed it at the same moment)
     * is answered as the engine answers a concurrent change: 409 (see also {@code StepListener}).
     */
    long petitionOf(DelegateTask task) {
        Long petitionId = ResidentPetitionProcess.PETITION_ID.get(task);
        if (petitionId == null) {
            throw new OptimisticLockingException("Task " + task.getId()
                    + " was completed concurrently: its process instance has moved on");
        }
        return bound(petitionId, task.getProcessInstanceId());
    }

    private long bound(long petitionId, String processInstanceId) {
        registration.requireBound(petitionId, processInstanceId);
        return petitionId;
    }
}
