package cn.gongzhi.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
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

    /** The REST API at /engine-rest. */
    @Bean
    ResourceConfigCustomizer formValidationAnswersBadRequest() {
        return config -> config.register(FormValidationMapper.class).register(ConflictMapper.class);
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
                            FormValidationMapper.class.getName() + "," + ConflictMapper.class.getName());
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
                if (cause instanceof NullValueException missing && missing.getMessage() != null
                        && missing.getMessage().startsWith("Cannot find task")) {
                    return completedOrUnknown(missing.getMessage());
                }
                Response conflict = conflict(cause);
                if (conflict != null) {
                    return conflict;
                }
            }
            return camunda.toResponse(exception);
        }
    }

    /** Claiming a task someone holds, or the engine's optimistic lock outside a form submission. */
    @Priority(1)
    public static class ConflictMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                Response conflict = conflict(cause);
                if (conflict != null) {
                    return conflict;
                }
            }
            return camunda.toResponse(exception);
        }
    }

    private static final Pattern TASK_ID = Pattern.compile("Cannot find task with id ([^:\\s]+)");

    private static Response conflict(Throwable cause) {
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
        HistoricTaskInstance done = null;
        if (id.find()) {
            ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
            if (engine != null) {
                done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(id.group(1)).finished()
                        .singleResult();
            }
        }
        if (done != null) {
            String who = done.getAssignee();
            if (who == null) {
                // completed without being claimed: the operation log knows who completed it
                who = ProcessEngines.getDefaultProcessEngine().getHistoryService().createUserOperationLogQuery()
                        .taskId(done.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
                        .stream().map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull)
                        .findFirst().orElse("他人");
            }
            return answer(Response.Status.CONFLICT, "TaskAlreadyCompletedException",
                    "任务已由 " + who + " 完成，请刷新任务列表");
        }
        return answer(Response.Status.NOT_FOUND, "InvalidRequestException",
                "任务不存在或已经完成，请刷新任务列表 (" + message + ")");
    }

    private static Response answer(Response.Status status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", null);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
