package cn.gongzhi.deliberation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the deliberation steps' forms have alike: their remarks' limit, and their text leaving the process. */
final class DeliberationForms {

    /**
     * The longest remark a step takes (opinions heard, a revision note, a review note, a notice, feedback, a ruling's
     * reasons): the forms' {@code validate.maxLength}. Plans, reports, opinions and minutes are notes
     * ({@code FormInput.NOTE_MAX}).
     */
    static final int REMARK_MAX = 2000;

    private DeliberationForms() {}

    /** The form's text is in our records now: it leaves the process. */
    static void forget(DelegateTask task, String... fields) {
        for (String field : fields) {
            task.getExecution().removeVariable(field);
        }
    }
}
