package cn.gongzhi.shared;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database error that no check caught: the answer says only that it happened, and the log names the error without
 * the statement or its values (a driver's message can quote the value that did not fit: a resident's text). Lengths
 * are checked before anything is written, so this is a bug to report, not an answer to a person's input.
 */
public final class DatabaseErrors {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrors.class);

    /** What a person is told. */
    public static final String DETAIL = "服务器内部错误，未作任何修改。请稍后重试；如仍出现，请联系系统管理员。";

    private DatabaseErrors() {}

    /** The SQL error in the failure's causes, or null when it is not a database error. */
    public static SQLException sqlError(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null;
                cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Logs the failure as the kind of SQL error it is (class, SQL state, vendor code), nothing of its message. */
    public static void logged(String where, SQLException sql, Throwable failure) {
        log.error("Database error in {}: {} (SQL state {}, vendor code {}) under {}; statement and values not logged",
                where, sql.getClass().getName(), sql.getSQLState(), sql.getErrorCode(), failure.getClass().getName());
    }
}
