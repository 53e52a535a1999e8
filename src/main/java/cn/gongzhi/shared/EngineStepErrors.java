package cn.gongzhi.shared;

import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Completing a task whose listener refuses the form's values (a missing field, satisfaction 7) is the user's
 * mistake, not the server's: the engine REST API answers 400 with the listener's message, which Tasklist shows next
 * to the form, instead of 500. Camunda wraps every task-listener exception, so the REST API alone cannot tell.
 * A step the product refuses to this person answers 403 with the reason. Two people working the same task is a
 * conflict, not a server error ({@link TaskConflicts}: 409 with who, or 404 for a task that never existed), and so
 * are two steps writing the same record of ours at once ({@link #concurrentWrite}: 409).
 * Registered by {@link EngineRestErrors}.
 */
final class EngineStepErrors {

    static final String CONCURRENT_WRITE = "该记录刚刚已由他人同时办理，本次提交未生效、未作任何修改；请刷新任务列表后查看并重新提交";

    private EngineStepErrors() {
    }

    /** Takes precedence over Camunda's own RestException mapper; anything else is left to it. */
    @Priority(1)
    public static class FormValidationMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException invalid) {
                    return EngineRestErrors.answer(Response.Status.BAD_REQUEST, "FormFieldValidationException",
                            invalid.getMessage());
                }
                Response task = TaskConflicts.goneOrTaken(cause);
                if (task != null) {
                    return task;
                }
                Response refused = refused(cause);
                if (refused != null) {
                    return refused;
                }
                Response concurrent = concurrentWrite(cause);
                if (concurrent != null) {
                    return concurrent;
                }
                if (cause.getMessage() != null && cause.getMessage().contains("ENGINE-17007")) {
                    return EngineRestErrors.answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
                            "不接受 Java 序列化对象作为变量，请以 JSON 或文本提交 (" + cause.getMessage() + ")");
                }
            }
            Response completed = TaskConflicts.completedMeanwhile(exception);
            if (completed != null) {
                return completed;
            }
            return EngineRestErrors.databaseError(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /** Claiming a task someone holds, or the engine's optimistic lock outside a form submission. */
    @Priority(1)
    public static class ConflictMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (DatabaseUnreachable.causedBy(exception)) {
                return DatabaseUnavailable.engineAnswer();
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                Response task = TaskConflicts.goneOrTaken(cause);
                if (task != null) {
                    return task;
                }
                Response refused = refused(cause);
                if (refused != null) {
                    return refused;
                }
                Response concurrent = concurrentWrite(cause);
                if (concurrent != null) {
                    return concurrent;
                }
            }
            Response completed = TaskConflicts.completedMeanwhile(exception);
            if (completed != null) {
                return completed;
            }
            return EngineRestErrors.databaseError(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /**
     * A step that wrote one of our records at the moment another step wrote the same record (two reportings of one
     * member: the row's version, or the database's lock, tells): 409, and the step's transaction rolled back, so
     * nothing of it was written. The person submits again after a refresh and is then told what the other step did.
     */
    static Response concurrentWrite(Throwable cause) {
        if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockException) {
            return EngineRestErrors.answer(Response.Status.CONFLICT, "OptimisticLockingException", CONCURRENT_WRITE);
        }
        return null;
    }

    /**
     * A step or request the product refuses to this person (the command guard, a separation-of-duties rule in a task
     * listener, which the engine wraps): 403 with the reason, in Camunda's error shape. Camunda's own authorization
     * failures, which name the missing permissions, are left to Camunda's handler. A request the engine calls bad (a
     * field the form does not have) is 400 even where a resource would wrap it as a server error.
     */
    private static Response refused(Throwable cause) {
        if (cause instanceof AuthorizationException denied
                && denied.getMissingAuthorizations().isEmpty()) {
            return EngineRestErrors.answer(Response.Status.FORBIDDEN, "AuthorizationException", denied.getMessage());
        }
        if (cause instanceof BadUserRequestException bad) {
            // Camunda answers these 400 itself, except where a resource wraps them as a server error
            return EngineRestErrors.answer(Response.Status.BAD_REQUEST, "BadUserRequestException", bad.getMessage());
        }
        return null;
    }
}
