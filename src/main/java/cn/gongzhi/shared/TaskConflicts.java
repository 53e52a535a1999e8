package cn.gongzhi.shared;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Two people working the same task: completing a task someone else has just completed, or completing it at the same
 * moment (the engine's optimistic lock), or claiming a task someone else holds answers 409 with who, in Chinese, as
 * the engine's history tells; a task id that never existed answers 404. Each method answers null when the failure is
 * not such a conflict.
 */
final class TaskConflicts {

    private static final Pattern SUBMITTED_TASK =
            Pattern.compile("Cannot (?:submit task form|complete task) ([^:\\s]+)");

    private static final Pattern TASK_ID = Pattern.compile("Cannot find task with id ([^:\\s]+)");

    private TaskConflicts() {
    }

    /**
     * A form submitted at the very moment another person completed the task can fail inside the engine in ways other
     * than its optimistic lock (its view of the instance was already ended): when the task is finished now, it is the
     * same conflict, 409 with who completed it.
     */
    static Response completedMeanwhile(Throwable exception) {
        Matcher id = SUBMITTED_TASK.matcher(String.valueOf(exception.getMessage()));
        HistoricTaskInstance done = id.find() ? finishedTask(id.group(1)) : null;
        return done == null ? null : completed(done);
    }

    /** A task that is not there (404, or 409 when someone completed it) or that someone else has (409); else null. */
    static Response goneOrTaken(Throwable cause) {
        if (cause instanceof NullValueException missing && missing.getMessage() != null
                && missing.getMessage().startsWith("Cannot find task")) {
            return completedOrUnknown(missing.getMessage());
        }
        return conflict(cause);
    }

    private static Response conflict(Throwable cause) {
        if (cause instanceof AuthorizationException denied) {
            // a task completed a moment ago loses its grants with it: the second worker is refused on a task that
            // no longer exists, which is the same conflict
            for (var missing : denied.getMissingAuthorizations()) {
                HistoricTaskInstance done = missing.getResourceId() == null ? null : finishedTask(missing.getResourceId());
                if (done != null && Resources.TASK.resourceName().equals(missing.getResourceType())) {
                    return completed(done);
                }
            }
        }
        if (cause instanceof TaskAlreadyClaimedException claimed) {
            return EngineRestErrors.answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException",
                    "任务已由 " + claimed.getTaskAssignee() + " 认领，请刷新任务列表");
        }
        if (cause instanceof OptimisticLockingException) {
            return EngineRestErrors.answer(Response.Status.CONFLICT, "OptimisticLockingException",
                    "任务刚刚已由他人同时办理，本次提交未生效，请刷新任务列表后查看");
        }
        return null;
    }

    /** A task completed by someone else is a conflict (409, with who); one that never existed, 404. */
    private static Response completedOrUnknown(String message) {
        Matcher id = TASK_ID.matcher(message);
        HistoricTaskInstance done = id.find() ? finishedTask(id.group(1)) : null;
        if (done != null) {
            return completed(done);
        }
        return EngineRestErrors.answer(Response.Status.NOT_FOUND, "InvalidRequestException",
                "任务不存在或已经完成，请刷新任务列表 (" + message + ")");
    }

    /**
     * The finished task, when the caller was offered it (its assignee, or a candidate by name or by one of her
     * groups, as the task's history records): she may learn who completed it. Read as the engine, not as her: the
     * engine keeps no historic task grants (HistoryAccessPlugin), so her own query would find nothing.
     */
    private static HistoricTaskInstance finishedTask(String taskId) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (engine == null) {
            return null;
        }
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        return asEngine(engine, () -> {
            HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                    .finished().singleResult();
            return done != null && offered(engine, done, caller) ? done : null;
        });
    }

    private static boolean offered(ProcessEngine engine, HistoricTaskInstance task, Authentication caller) {
        if (caller == null) {
            return true;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return caller.getUserId().equals(task.getAssignee()) || engine.getHistoryService()
                .createHistoricIdentityLinkLogQuery().taskId(task.getId()).list().stream()
                .anyMatch(link -> caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }

    private static <T> T asEngine(ProcessEngine engine, Supplier<T> read) {
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            return read.get();
        } finally {
            if (caller != null) {
                engine.getIdentityService().setAuthentication(caller);
            }
        }
    }

    private static Response completed(HistoricTaskInstance done) {
        String who = done.getAssignee();
        if (who == null) {
            // completed without being claimed: the operation log knows who completed it
            ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
            who = asEngine(engine, () -> engine.getHistoryService().createUserOperationLogQuery()
                    .taskId(done.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).listPage(0, 10)
                    .stream().map(UserOperationLogEntry::getUserId).filter(Objects::nonNull)
                    .findFirst().orElse("他人"));
        }
        return EngineRestErrors.answer(Response.Status.CONFLICT, "TaskAlreadyCompletedException",
                "任务已由 " + who + " 完成，请刷新任务列表");
    }
}
