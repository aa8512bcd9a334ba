package org.zhuye.platform.web;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (down, starting, recovering after a crash):
 * then the answer is 503 with {@link #MESSAGE}, not a server error, and not "wrong password" when it
 * happens while checking a sign-in.
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE = "数据库暂时无法连接（可能正在启动或恢复），请稍后再试";

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            // SQLSTATE class 08, connection exception: what the driver says when the server went away.
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // A rollback that failed because the server went away hides the failure that caused it.
            if (cause instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && causes(tx.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
