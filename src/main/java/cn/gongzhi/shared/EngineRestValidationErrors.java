package cn.gongzhi.shared;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completing a task whose listener refuses the form's values (a missing field, satisfaction 7) is the user's
 * mistake, not the server's: the engine REST API answers 400 with the listener's message, which Tasklist shows next
 * to the form, instead of 500. Camunda wraps every task-listener exception, so the REST API alone cannot tell.
 * Two people working the same task is a conflict, not a server error: completing a task someone else has just
 * completed, or completing it at the same moment (the engine's optimistic lock), or claiming a task someone else
 * holds answers 409 with who, in Chinese; a task id that never existed answers 404.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestValidationErrors {

    /** Tasklist's own engine API (/camunda/api/engine), a Jersey servlet the webapp starter registers. */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    /** Our answers, registered with both engine APIs. */
    static final List<Class<?>> MAPPERS = List.of(FormValidationMapper.class, ConflictMapper.class,
            MalformedJsonMapper.class, UnreadableJsonMapper.class, MismatchedJsonMapper.class,
            DatabaseUnavailable.EngineRestMapper.class);

    /** The REST API at /engine-rest. */
    @Bean
    ResourceConfigCustomizer formValidationAnswersBadRequest() {
        return config -> MAPPERS.forEach(config::register);
    }

    /** The same for the API Tasklist calls, once the webapp starter has registered its servlet. */
    @Bean
    ServletContextInitializer formValidationAnswersBadRequestInTasklist() {
        return servletContext -> servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                // the context handed to the initializer: a programmatic listener's own view may not look up servlets
                ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
                if (engineApi != null) {
                    engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
                            MAPPERS.stream().map(Class::getName).collect(java.util.stream.Collectors.joining(",")));
                }
            }
        });
    }

    /** Takes precedence over Camunda's own RestException mapper; anything else is left to it. */
    @Priority(1)
    public static class FormValidationMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException invalid) {
                    return answer(Response.Status.BAD_REQUEST, "FormFieldValidationException", invalid.getMessage());
                }
                Response task = taskGoneOrTaken(cause);
                if (task != null) {
                    return task;
                }
                Response refused = refused(cause);
                if (refused != null) {
                    return refused;
                }
                if (cause.getMessage() != null && cause.getMessage().contains("ENGINE-17007")) {
                    return answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
                            "不接受 Java 序列化对象作为变量，请以 JSON 或文本提交 (" + cause.getMessage() + ")");
                }
            }
            Response completed = completedMeanwhile(exception);
            if (completed != null) {
                return completed;
            }
            return databaseError(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /**
     * A request body that is not the JSON the API expects: 400 with what the parser found, in Camunda's error shape
     * (Jersey picks the mapper of the closest exception type, so both Jackson types are mapped here).
     */
    @Priority(1)
    public static class MalformedJsonMapper
            implements ExceptionMapper<com.fasterxml.jackson.core.JsonProcessingException> {

        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonProcessingException exception) {
            return malformed(exception);
        }
    }

    @Priority(1)
    public static class UnreadableJsonMapper implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {

        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException exception) {
            return malformed(exception);
        }
    }

    @Priority(1)
    public static class MismatchedJsonMapper
            implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {

        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException exception) {
            return malformed(exception);
        }
    }

    private static Response malformed(com.fasterxml.jackson.core.JsonProcessingException exception) {
        String found = exception.getOriginalMessage();
        return answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
                "请求内容不是有效的 JSON，或字段类型不对" + (found == null || found.isBlank() ? "" : "：" + found));
    }

    /** Claiming a task someone holds, or the engine's optimistic lock outside a form submission. */
    @Priority(1)
    public static class ConflictMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (DatabaseUnavailable.causedBy(exception)) {
                return DatabaseUnavailable.engineAnswer();
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                Response task = taskGoneOrTaken(cause);
                if (task != null) {
                    return task;
                }
                Response refused = refused(cause);
                if (refused != null) {
                    return refused;
                }
            }
            Response completed = completedMeanwhile(exception);
            if (completed != null) {
                return completed;
            }
            return databaseError(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    private static final Pattern SUBMITTED_TASK =
            Pattern.compile("Cannot (?:submit task form|complete task) ([^:\\s]+)");

    /**
     * A form submitted at the very moment another person completed the task can fail inside the engine in ways other
     * than its optimistic lock (its view of the instance was already ended): when the task is finished now, it is the
     * same conflict, 409 with who completed it.
     */
    private static Response completedMeanwhile(Throwable exception) {
        Matcher id = SUBMITTED_TASK.matcher(String.valueOf(exception.getMessage()));
        HistoricTaskInstance done = id.find() ? finishedTask(id.group(1)) : null;
        return done == null ? null : completed(done);
    }

    /** A database error no check caught: 500 without the statement or its values (see {@link DatabaseErrors}). */
    static Optional<Response> databaseError(Throwable exception) {
        SQLException sql = DatabaseErrors.sqlError(exception);
        if (sql == null) {
            return Optional.empty();
        }
        DatabaseErrors.logged("the engine REST API", sql, exception);
        return Optional.of(answer(Response.Status.INTERNAL_SERVER_ERROR, "ProcessEngineException",
                DatabaseErrors.DETAIL));
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
            return answer(Response.Status.FORBIDDEN, "AuthorizationException", denied.getMessage());
        }
        if (cause instanceof BadUserRequestException bad) {
            // Camunda answers these 400 itself, except where a resource wraps them as a server error
            return answer(Response.Status.BAD_REQUEST, "BadUserRequestException", bad.getMessage());
        }
        return null;
    }

    private static final Pattern TASK_ID = Pattern.compile("Cannot find task with id ([^:\\s]+)");

    /** A task that is not there (404, or 409 when someone completed it) or that someone else has (409); else null. */
    private static Response taskGoneOrTaken(Throwable cause) {
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
                if (done != null && org.camunda.bpm.engine.authorization.Resources.TASK.resourceName()
                        .equals(missing.getResourceType())) {
                    return completed(done);
                }
            }
        }
        if (cause instanceof TaskAlreadyClaimedException claimed) {
            return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException",
                    "任务已由 " + claimed.getTaskAssignee() + " 认领，请刷新任务列表");
        }
        if (cause instanceof OptimisticLockingException) {
            return answer(Response.Status.CONFLICT, "OptimisticLockingException",
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
        return answer(Response.Status.NOT_FOUND, "InvalidRequestException",
                "任务不存在或已经完成，请刷新任务列表 (" + message + ")");
    }

    private static HistoricTaskInstance finishedTask(String taskId) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        return engine == null ? null : engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                .finished().singleResult();
    }

    private static Response completed(HistoricTaskInstance done) {
        String who = done.getAssignee();
        if (who == null) {
            // completed without being claimed: the operation log knows who completed it (a page: the engine refuses
            // an unbounded list to a logged-in caller, queryMaxResultsLimit)
            who = ProcessEngines.getDefaultProcessEngine().getHistoryService().createUserOperationLogQuery()
                    .taskId(done.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).listPage(0, 10)
                    .stream().map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull)
                    .findFirst().orElse("他人");
        }
        return answer(Response.Status.CONFLICT, "TaskAlreadyCompletedException",
                "任务已由 " + who + " 完成，请刷新任务列表");
    }

    static Response answer(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBodies.body(WireFormat.ENGINE_REST, status.getStatusCode(), null, message, type)).build();
    }
}
