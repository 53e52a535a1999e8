package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.CONTACT_REMINDER_AT;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.FIRST_CONTACT_DUE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.HANDLING_REMINDER_AT;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.RESOLUTION_DUE;

import cn.gongzhi.petition.domain.PetitionWorkflow.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Writes the due dates and reminder times that the user tasks and their timers read. */
final class DueDates {

    private DueDates() {}

    static void set(DelegateExecution execution, Deadlines deadlines) {
        FIRST_CONTACT_DUE.set(execution, deadlines.firstContactDue());
        CONTACT_REMINDER_AT.set(execution, deadlines.contactReminderAt());
        RESOLUTION_DUE.set(execution, deadlines.resolutionDue());
        HANDLING_REMINDER_AT.set(execution, deadlines.handlingReminderAt());
    }
}
