package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.RECORDED_FORM_FIELDS;

import cn.gongzhi.petition.domain.PetitionCaseSummaries;
import cn.gongzhi.petition.domain.PetitionRegistration;
import cn.gongzhi.petition.domain.PetitionRegistration.Matter;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.TaskRows;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What every petition task's form shares: on opening, the task's description (one masked line for Tasklist's list),
 * its row (number, category, place, one masked line: {@link TaskRows#show}, read from the petition, which no process
 * variable copies) and the case ({@link FormView#summary}); once recorded, the form's fields leave the process (their
 * text lives in the timeline).
 */
@Component
class PetitionForms {

    /** A short text a worker writes (a contact note, a reason, a comment); see {@code FormInput.NOTE_MAX}. */
    static final int REMARK_MAX = 1000;
    /** What was done, as a worker or department reports it. */
    static final int REPORT_MAX = 2000;

    private final PetitionCaseSummaries summaries;
    private final PetitionRegistration registration;
    private final PetitionInstances instances;

    PetitionForms(PetitionCaseSummaries summaries, PetitionRegistration registration, PetitionInstances instances) {
        this.summaries = summaries;
        this.registration = registration;
        this.instances = instances;
    }

    /** The task's petition, checked to belong to its instance. */
    long petitionOf(DelegateTask task) {
        return instances.petitionOf(task);
    }

    /** Shows the case on the task: the list's line and the form's summary for this step. */
    long show(DelegateTask task, PetitionStep step) {
        long petitionId = petitionOf(task);
        Matter matter = registration.matter(petitionId);
        TaskRows.show(task, matter.number(), matter.category(), matter.place(), matter.summary());
        task.setDescription(summaries.taskSummary(petitionId));
        FormView.summary(task, summaries.caseSummary(petitionId, step));
        return petitionId;
    }

    /** The form was recorded in the timeline: its fields leave the process. */
    static void recorded(DelegateTask task) {
        RECORDED_FORM_FIELDS.forEach(task.getExecution()::removeVariable);
    }
}
