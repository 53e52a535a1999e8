package cn.gongzhi.shared.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A task completed by two people at once: before a completion or a form submission runs, the task's executions are
 * read up to its process instance. A missing link means someone else's completion committed first and the instance
 * moved on (409 through {@link org.camunda.bpm.engine.OptimisticLockingException}); otherwise the chain is now in this
 * command's cache, so the form's variables are not written against an execution whose parent the other completion
 * removed a moment later (which the engine would answer with a NullPointerException, 500): this command fails at its
 * flush on the engine's optimistic lock instead. {@link StepListener} checks the same when the task completes.
 */
@Component
public class TaskChainCheck extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new Check());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Check extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
                readChain(taskId(command));
            }
            return next.execute(command);
        }
    }

    /**
     * Reads the task's executions up to its instance, the walk {@link StepListener#movedOn} makes at completion; a
     * missing link is a concurrent completion.
     */
    static void readChain(String taskId) {
        TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task != null && StepListener.movedOn(task)) {
            throw new OptimisticLockingException("Task " + taskId
                    + " was completed concurrently: its process instance has moved on");
        }
    }

    private static String taskId(Command<?> command) {
        try {
            Field field = command.getClass().getDeclaredField("taskId");
            field.setAccessible(true);
            return (String) field.get(command);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
