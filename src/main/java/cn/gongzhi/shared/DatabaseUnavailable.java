package cn.gongzhi.shared;

import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unreachable (stopped, restarting, the network between down) every request that needs it
 * answers <b>503</b> with {@code Retry-After} and a sentence saying so, in the format of the API the path belongs to,
 * instead of a 500 with a stack trace in the log: problem details for ours, {@code {"type","message"}} for the engine
 * REST API, {@code [{"code","description"}]} for Open311. That includes logging in, which reads the database: a
 * resident or worker is not told their password is wrong. The connection pool gives up after
 * {@code spring.datasource.hikari.connection-timeout}; when the database is back the pool reconnects on its own.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

    static final String DETAIL = "数据库暂时无法连接，本次请求未能完成，请稍后重试";
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    /** Whether the failure is the database being unreachable, by the exception types and SQL states that say so. */
    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return causedBy(failure, seen);
    }

    private static boolean causedBy(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException || failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof java.net.ConnectException) {
            return true;
        }
        // SQL state class 08: connection exception (e.g. 08S01 communications link failure)
        if (failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        // the rollback after a link failure, on the connection the pool has just closed as broken (no SQL state)
        if (failure instanceof SQLException && failure.getStackTrace().length > 0
                && HIKARI_CLOSED_CONNECTION.equals(failure.getStackTrace()[0].getClassName())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        return causedBy(failure.getCause(), seen);
    }

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
        if (!causedBy(failure) || response.isCommitted()) {
            return false;
        }
        log.warn("{} {} answered 503, the database is unreachable: {}", request.getMethod(), request.getRequestURI(),
                rootMessage(failure));
        response.resetBuffer();
        write(response, request.getRequestURI());
        return true;
    }

    static void write(HttpServletResponse response, String path) throws IOException {
        ErrorBodies.retryAfter(response, RETRY_AFTER_SECONDS);
        ErrorBodies.write(response, WireFormat.of(path), 503, "服务暂不可用", DETAIL, "DatabaseUnavailable");
    }

    /** The engine REST APIs: the same answer for failures their resources catch (registered in EngineRestValidationErrors). */
    static Response engineAnswer() {
        return Response.fromResponse(EngineRestValidationErrors.answer(Response.Status.SERVICE_UNAVAILABLE,
                "DatabaseUnavailable", DETAIL)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** Anything the engine REST API has no closer answer for: 503 when the database is away, else Camunda's own. */
    @Priority(1)
    public static class EngineRestMapper implements ExceptionMapper<Throwable> {

        private final ExceptionHandler camunda = new ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            if (causedBy(exception)) {
                log.warn("Engine REST request answered 503, the database is unreachable: {}", rootMessage(exception));
                return engineAnswer();
            }
            return EngineRestValidationErrors.databaseError(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
