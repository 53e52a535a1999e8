package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    /** Throws what a request meets when the database goes away mid-transaction, and an ordinary conflict. */
    @org.springframework.web.bind.annotation.RestController
    static class FailingController {

        @org.springframework.web.bind.annotation.PostMapping({"/api/petitions", "/open311/v2/requests.json"})
        void file() {
            // the rollback after a link failure; Spring MVC's own resolvers take this message for a client gone away
            throw new org.springframework.dao.DataAccessResourceFailureException("Hibernate transaction: Unable to"
                    + " rollback against JDBC Connection; No operations allowed after connection closed.",
                    new SQLException("No operations allowed after connection closed.", "08003"));
        }

        @org.springframework.web.bind.annotation.PostMapping("/api/registry/streets")
        void duplicate() {
            throw new DataIntegrityViolationException("Duplicate entry", new SQLException("Duplicate entry", "23000"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/petitions | 503 | \"detail\":\"" + DatabaseUnavailable.DETAIL + "\"",
            "/open311/v2/requests.json | 503 | [{\"code\":503,\"description\":\"" + DatabaseUnavailable.DETAIL,
            "/api/registry/streets | 409 | 记录冲突"})
    void aRequestCutOffByTheDatabaseAnswers503NotAnEmpty200(String path, int status, String fragment)
            throws Exception {
        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.standaloneSetup(new FailingController())
                .setControllerAdvice(new ProblemDetailsAdvice()).build();
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path))
                .andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(status);
        assertThat(result.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(fragment);
    }

    @Test
    void recognisesAnUnreachableDatabaseThroughWrappersButNotOtherDatabaseErrors() {
        assertThat(DatabaseUnreachable.causedBy(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))).isTrue();
        assertThat(DatabaseUnreachable.causedBy(new ProcessEngineException("ENGINE-03083",
                new SQLException("Connection does not exist", "08003")))).isTrue();
        // the rollback after a link failure, on the connection the pool has closed as broken: no SQL state
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0",
                "ProxyConnection.java", 562)});
        assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("Unable to rollback against JDBC Connection",
                closed))).isTrue();
        assertThat(DatabaseUnreachable.causedBy(new SQLException("Connection is closed"))).as("not the pool's")
                .isFalse();
        RuntimeException rollback = new IllegalStateException("rollback failed");
        rollback.addSuppressed(new SQLException("Communications link failure", "08S01"));
        assertThat(DatabaseUnreachable.causedBy(rollback)).isTrue();

        assertThat(DatabaseUnreachable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnreachable.causedBy(new SQLException("syntax error", "42000"))).isFalse();
        assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("no cause"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/petitions | application/problem+json | \"status\":503",
            "/public/petitions | application/problem+json | \"title\":\"服务暂不可用\"",
            "/open311/v2/requests.json | application/json | [{\"code\":503,\"description\":",
            "/engine-rest/task | application/json | {\"type\":\"DatabaseUnavailable\""})
    void answers503WithRetryAfterInTheFormatOfTheApi(String path, String contentType, String fragment)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DatabaseUnavailable.Answer().doFilter(request, response, (req, res) -> {
            throw new ServletException("Request processing failed",
                    new CannotCreateTransactionException("Could not open JPA EntityManager",
                            new SQLTransientConnectionException("Connection is not available")));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith(contentType);
        assertThat(response.getContentAsString()).contains(fragment).contains(DatabaseUnavailable.DETAIL);
    }

    @Test
    void leavesEveryOtherFailureToTheRestOfTheApplication() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> new DatabaseUnavailable.Answer().doFilter(
                new MockHttpServletRequest("GET", "/api/petitions"), response, (req, res) -> {
                    throw new IllegalStateException("a bug");
                })).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThat(response.getContentAsString()).isEmpty();
    }
}
