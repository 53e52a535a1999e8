package cn.gongzhi.shared.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

import cn.gongzhi.shared.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The model names the step, the listener finds its handler: an unknown step is refused, a refused field is a 400. */
class StepListenerTest {

    private final StepHandler confirm = handler("confirmDepartments");
    private final StepListener listener = new StepListener(List.of(confirm, handler("reportIn")));

    @Test
    void theStepTheModelNamesIsCalledWhenItsTaskOpensAndCompletes() {
        DelegateTask task = task("confirmDepartments", TaskListener.EVENTNAME_CREATE);
        listener.notify(task);
        verify(confirm).opened(task);
        DelegateTask completed = task("confirmDepartments", TaskListener.EVENTNAME_COMPLETE);
        listener.notify(completed);
        verify(confirm).completed(org.mockito.ArgumentMatchers.eq(completed), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void aTaskWhoseExecutionIsGoneIsAConcurrentChangeAndNoStepRuns() {
        DelegateTask task = task("confirmDepartments", TaskListener.EVENTNAME_COMPLETE);
        when(task.getProcessInstanceId()).thenReturn("instance-1");
        assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(OptimisticLockingException.class);
        verify(confirm, never()).completed(any(), any());
    }

    @Test
    void aTaskWhoseExecutionLostItsParentIsAConcurrentChangeAndNoStepRuns() {
        ExecutionEntity instance = mock(ExecutionEntity.class);
        when(instance.isProcessInstanceExecution()).thenReturn(true);
        ExecutionEntity concurrent = mock(ExecutionEntity.class); // pruned by the completion that committed first
        ExecutionEntity scope = mock(ExecutionEntity.class);
        when(scope.getParent()).thenReturn(concurrent);
        DelegateTask orphaned = task("confirmDepartments", TaskListener.EVENTNAME_COMPLETE);
        when(orphaned.getProcessInstanceId()).thenReturn("instance-1");
        when(orphaned.getExecution()).thenReturn(scope);
        assertThatThrownBy(() -> listener.notify(orphaned)).isInstanceOf(OptimisticLockingException.class);
        verify(confirm, never()).completed(any(), any());

        when(concurrent.getParent()).thenReturn(instance);
        listener.notify(orphaned);
        verify(confirm).completed(eq(orphaned), any());
    }

    @Test
    void anUnknownStepIsRefused() {
        assertThat(listener.steps()).containsExactly("confirmDepartments", "reportIn");
        assertThatThrownBy(() -> listener.handler("confirmDepartment")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("confirmDepartment");
        assertThatThrownBy(() -> listener.notify(task("evaluateDepartment", TaskListener.EVENTNAME_CREATE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("evaluateDepartment");
        assertThatThrownBy(() -> listener.notify(task(null, TaskListener.EVENTNAME_CREATE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declares no step");
        verify(confirm, never()).opened(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void twoHandlersForOneStepAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new StepListener(List.of(handler("reportIn"), handler("reportIn"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reportIn");
    }

    @Test
    void aRefusedFieldIsTheFormsValidationError() {
        DelegateTask task = task("confirmDepartments", TaskListener.EVENTNAME_COMPLETE);
        org.mockito.Mockito.doThrow(new InvalidFieldException("meetingTime", "联席会议时间须晚于现在")).when(confirm)
                .completed(org.mockito.ArgumentMatchers.eq(task), org.mockito.ArgumentMatchers.any());
        assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("联席会议时间须晚于现在");
    }

    @Test
    void theStepIsTheUserTasksExtensionProperty() {
        assertThat(StepListener.stepOf(userTask("confirmDepartments"))).contains("confirmDepartments");
        assertThat(StepListener.stepOf(userTask(null))).isEmpty();
    }

    private static StepHandler handler(String step) {
        StepHandler handler = mock(StepHandler.class);
        when(handler.step()).thenReturn(step);
        return handler;
    }

    private static DelegateTask task(String step, String event) {
        DelegateTask task = mock(DelegateTask.class);
        UserTask userTask = userTask(step);
        when(task.getBpmnModelElementInstance()).thenReturn(userTask);
        when(task.getEventName()).thenReturn(event);
        when(task.getVariables()).thenReturn(Map.of());
        return task;
    }

    /** A user task as Camunda Modeler writes it, with its step as an extension property (none for null). */
    private static UserTask userTask(String step) {
        String properties = step == null ? "" : "<bpmn:extensionElements><camunda:properties>"
                + "<camunda:property name=\"step\" value=\"" + step + "\" /></camunda:properties>"
                + "</bpmn:extensionElements>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions "
                + "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"p\" isExecutable=\"true\"><bpmn:userTask id=\"Activity_Step\">" + properties
                + "</bpmn:userTask></bpmn:process></bpmn:definitions>";
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(
                StandardCharsets.UTF_8)));
        return model.getModelElementById("Activity_Step");
    }
}
