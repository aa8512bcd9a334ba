package org.zhuye.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503, try again) rather than a defect (500). */
class DatabaseUnavailableTest {

    @Test
    void aRollbackThatFailedAsTheServerWentAwayIsUnavailableNotADefect() {
        // What an import saw when the database was killed under it: the insert failed, then the rollback did too.
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseUnavailable.causes(rollback)).isTrue();
        TransactionSystemException hiding = new TransactionSystemException("JDBC rollback failed");
        hiding.initApplicationException(new DataAccessResourceFailureException("PreparedStatementCallback"));
        assertThat(DatabaseUnavailable.causes(hiding)).isTrue();
    }

    @Test
    void aBrokenRuleOrAnotherTransactionFailureIsNot() {
        assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        TransactionSystemException other = new TransactionSystemException("Could not commit");
        other.initApplicationException(new IllegalStateException("a defect"));
        assertThat(DatabaseUnavailable.causes(other)).isFalse();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("no state")))).isFalse();
    }
}
