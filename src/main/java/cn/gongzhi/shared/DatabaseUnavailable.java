package cn.gongzhi.shared;

import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unreachable (stopped, restarting, the network between down) every request that needs it
 * answers <b>503</b> with {@code Retry-After} and a sentence saying so, in the format of the API the path belongs to,
 * instead of a 500 with a stack trace in the log: problem details for ours, {@code {"type","message"}} for the engine
 * REST API, {@code [{"code","description"}]} for Open311. That includes logging in, which reads the database: a
 * resident or worker is not told their password is wrong. The connection pool gives up after
 * {@code spring.datasource.hikari.connection-timeout}; when the database is back the pool reconnects on its own.
 * Which failures mean the database is away is {@link DatabaseUnreachable}'s to tell.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

    static final String DETAIL = "数据库暂时无法连接，本次请求未能完成，请稍后重试";
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Wraps every request, the security filters and logins included. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableAnswers() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Answer());
        registration.setName("database-unavailable-answers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Answer extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | RuntimeException failure) {
                if (!answered(request, response, failure)) {
                    throw failure;
                }
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    /**
     * Answers 503 in the path's format when the failure is the database being unreachable and nothing has been sent
     * yet; the filter and {@link ProblemDetailsAdvice} both answer through here.
     */
    static boolean answered(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        if (!DatabaseUnreachable.causedBy(failure) || response.isCommitted()) {
            return false;
        }
        log.warn("{} {} answered 503, the database is unreachable: {}", request.getMethod(), request.getRequestURI(),
                DatabaseUnreachable.rootMessage(failure));
        response.resetBuffer();
        write(response, request.getRequestURI());
        return true;
    }

    static void write(HttpServletResponse response, String path) throws IOException {
        ErrorBodies.retryAfter(response, RETRY_AFTER_SECONDS);
        ErrorBodies.write(response, WireFormat.of(path), 503, "服务暂不可用", DETAIL, "DatabaseUnavailable");
    }

    /** The engine REST APIs: the same answer for failures their resources catch (registered in {@link EngineRestErrors}). */
    static Response engineAnswer() {
        return Response.fromResponse(EngineRestErrors.answer(Response.Status.SERVICE_UNAVAILABLE,
                "DatabaseUnavailable", DETAIL)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** Anything the engine REST API has no closer answer for: 503 when the database is away, else Camunda's own. */
    @Priority(1)
    public static class EngineRestMapper implements ExceptionMapper<Throwable> {

        private final ExceptionHandler camunda = new ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            if (DatabaseUnreachable.causedBy(exception)) {
                log.warn("Engine REST request answered 503, the database is unreachable: {}", DatabaseUnreachable.rootMessage(exception));
                return engineAnswer();
            }
            return EngineRestErrors.databaseError(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
