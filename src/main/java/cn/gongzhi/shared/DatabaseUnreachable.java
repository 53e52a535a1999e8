package cn.gongzhi.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being unreachable (stopped, restarting, the network between down) from every
 * other failure, by the exception types and SQL states that say so, through any wrapping. What to answer then is
 * {@link DatabaseUnavailable}'s; what to log, {@link MaskedLogs}'.
 */
final class DatabaseUnreachable {

    private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    private DatabaseUnreachable() {
    }

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

    /** The innermost cause, by type and message, for the one warning line an unreachable database is worth. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
