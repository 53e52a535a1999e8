package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionDispatch;
import cn.gongzhi.shared.process.ModelFunctions;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What processes/ResidentPetitionProcess.bpmn reads from the petition record instead of process variables: the due
 * dates of the contact and handling tasks, when their reminders fire, and the assigned worker. The petition is their
 * one home; the engine evaluates these when a task or timer is created (a reopened petition's handling task reads
 * its new due date). Every method only reads.
 */
@Component("petitionRecords")
@ModelFunctions
public class PetitionRecords {

    private final PetitionDispatch dispatch;
    private final PetitionInstances instances;

    PetitionRecords(PetitionDispatch dispatch, PetitionInstances instances) {
        this.dispatch = dispatch;
        this.instances = instances;
    }

    public Date firstContactDue(DelegateExecution execution) {
        return dispatch.dues(instances.petitionOf(execution)).firstContactDue();
    }

    public Date contactReminderAt(DelegateExecution execution) {
        return dispatch.dues(instances.petitionOf(execution)).contactReminderAt();
    }

    public Date resolutionDue(DelegateExecution execution) {
        return dispatch.dues(instances.petitionOf(execution)).resolutionDue();
    }

    public Date handlingReminderAt(DelegateExecution execution) {
        return dispatch.dues(instances.petitionOf(execution)).handlingReminderAt();
    }

    /** The worker the petition was assigned to; null leaves the task to the community's workers to claim. */
    public String assignee(DelegateExecution execution) {
        return dispatch.assignee(instances.petitionOf(execution));
    }
}
