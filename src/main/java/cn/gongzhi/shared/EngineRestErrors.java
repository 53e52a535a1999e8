package cn.gongzhi.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's two REST APIs (/engine-rest, and /camunda/api/engine which Tasklist calls) answer with our mappers
 * instead of Camunda's where Camunda would answer a person's mistake or a conflict with 500, all in Camunda's error
 * shape ({@code {"type","message"}}):
 * <ul>
 *   <li>a refused form, a step the product refuses, two people on one task: {@link EngineStepErrors} (400, 403, 404,
 *       409, with who has the task from {@link TaskConflicts});</li>
 *   <li>a body that is not the JSON the API expects: {@link MalformedJson} (400);</li>
 *   <li>the database away, or a database error nothing caught: {@link DatabaseUnavailable.EngineRestMapper} (503;
 *       500 without the statement).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

    /** Tasklist's own engine API (/camunda/api/engine), a Jersey servlet the webapp starter registers. */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    /** Our answers, registered with both engine APIs. */
    static final List<Class<?>> MAPPERS = List.of(EngineStepErrors.FormValidationMapper.class,
            EngineStepErrors.ConflictMapper.class, MalformedJson.MalformedJsonMapper.class,
            MalformedJson.UnreadableJsonMapper.class, MalformedJson.MismatchedJsonMapper.class,
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
                            MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
                }
            }
        });
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

    /** An answer in Camunda's error shape. */
    static Response answer(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBodies.body(WireFormat.ENGINE_REST, status.getStatusCode(), null, message, type)).build();
    }
}
