package cn.gongzhi.workforce.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the training processes' steps share: the recorded form values leave the process once our records hold them. */
final class TrainingForms {

    private TrainingForms() {}

    /** Removes the form's values the records now hold from the task and the instance (they never reach history). */
    static void recorded(DelegateTask task, Set<String> fields) {
        fields.forEach(task.getExecution().getProcessInstance()::removeVariableLocal);
        fields.forEach(task::removeVariableLocal);
    }

    /** The date and hours of a course as the forms show them. */
    static String course(cn.gongzhi.registry.WorkerTraining.Course c) {
        return c.title() + "（" + c.provider() + "，" + c.hours() + " 学时，" + c.startsOn()
                + (c.endsOn().equals(c.startsOn()) ? "" : " 至 " + c.endsOn()) + "）";
    }
}
