package cn.gongzhi.shared.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What one user task does, owned by one small class: the model names the step ({@code <camunda:property name="step"
 * value="confirmDepartments"/>} on the user task) and {@link StepListener} calls the handler of that name.
 * <ul>
 *   <li>{@link #opened}: what the form shows and offers when the task is created (the case summary, the options of
 *       each choice, prefilled values), as task-local variables ({@link FormView}).</li>
 *   <li>{@link #completed}: the submitted form, read whole through {@link FormInput} first (every refusal an
 *       {@code InvalidFieldException} naming the field in Chinese, answered 400 by {@link FieldRefusals}); only then
 *       the module's domain service changes the status and writes the timeline. A refused form writes nothing.</li>
 * </ul>
 * A handler is a Spring bean, package-private in its module's {@code process} package.
 */
public interface StepHandler {

    /** The step's name as the model declares it on the user task. */
    String step();

    /** The task was created: what its form shows and offers. */
    default void opened(DelegateTask task) {}

    /** The task's form was submitted: check it whole, then record it. */
    void completed(DelegateTask task, FormInput form);
}
