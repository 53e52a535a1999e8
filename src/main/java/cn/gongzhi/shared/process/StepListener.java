package cn.gongzhi.shared.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one task listener of every user task whose model declares its step: {@code
 * <camunda:taskListener delegateExpression="${stepListener}" event="create"/>} and {@code event="complete"}, with
 * {@code <camunda:properties><camunda:property name="step" value="…"/></camunda:properties>}. It finds the
 * {@link StepHandler} of that name and calls {@link StepHandler#opened} when the task is created and
 * {@link StepHandler#completed} when it completes, translating a refused field into the form's 400
 * ({@link FieldRefusals}). A step without a handler is a broken model: refused here, and found before deployment by
 * {@code ModelWiringTest}.
 */
@Component
public class StepListener implements TaskListener {

    /** The extension property of a user task that names its step. */
    public static final String STEP_PROPERTY = "step";

    private final Map<String, StepHandler> handlers = new LinkedHashMap<>();

    @Autowired
    StepListener(ObjectProvider<StepHandler> handlers) {
        this(handlers.orderedStream().toList());
    }

    public StepListener(Collection<? extends StepHandler> handlers) {
        for (StepHandler handler : handlers) {
            StepHandler other = this.handlers.put(handler.step(), handler);
            if (other != null) {
                throw new IllegalStateException("Two handlers for step '" + handler.step() + "': "
                        + other.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
    }

    /** The names of the steps this listener has handlers for. */
    public Set<String> steps() {
        return handlers.keySet();
    }

    /** The handler of this step; an unknown step is a model that names no handler. */
    public StepHandler handler(String step) {
        StepHandler handler = step == null ? null : handlers.get(step);
        if (handler == null) {
            throw new IllegalStateException(step == null ? "The user task declares no step (camunda:property \""
                    + STEP_PROPERTY + "\")" : "No step handler for step '" + step + "'");
        }
        return handler;
    }

    @Override
    public void notify(DelegateTask task) {
        if (movedOn(task)) {
            // someone completed this task at the same moment and the instance moved on under it (answers 409)
            throw new OptimisticLockingException("Task " + task.getId()
                    + " was completed concurrently: its process instance has moved on");
        }
        StepHandler handler = handler(stepOf(task.getBpmnModelElementInstance()).orElse(null));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            FieldRefusals.translated(() -> handler.opened(task));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            FieldRefusals.translated(() -> handler.completed(task, FormInput.of(task)));
        }
    }

    /**
     * Whether the instance moved on under this task: its execution, or one of the executions above it, is gone. A
     * task's scope execution hangs under a concurrent execution once a non-interrupting timer has fired; a completion
     * that committed first prunes both, and this command then finds the task's execution but not its parent.
     */
    static boolean movedOn(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return false; // a standalone task has no instance to move on
        }
        if (!(task.getExecution() instanceof PvmExecutionImpl execution)) {
            return task.getExecution() == null;
        }
        for (PvmExecutionImpl at = execution; !at.isProcessInstanceExecution(); at = at.getParent()) {
            if (at.getParent() == null) {
                return true;
            }
        }
        return false;
    }

    /** The step a model element declares in its extension properties. */
    public static Optional<String> stepOf(FlowElement element) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (STEP_PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null
                        && !property.getCamundaValue().isBlank()) {
                    return Optional.of(property.getCamundaValue().trim());
                }
            }
        }
        return Optional.empty();
    }
}
