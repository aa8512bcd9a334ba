package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class StatementPlansTest {

    private static final String LOOKUP = "SELECT name FROM region WHERE code = ?";

    @Test
    void onlyStatementsThatStartWithTheMarkAreMarked() {
        assertThat(StatementPlans.generic(StatementPlans.GENERIC + LOOKUP)).isTrue();
        assertThat(StatementPlans.generic(LOOKUP)).isFalse();
        assertThat(StatementPlans.generic("SELECT 1 /* generic plan */")).isFalse();
    }

    /**
     * Runs a lookup ten times on one connection of {@code dataSource}, marked or not, and answers how many times
     * PostgreSQL ran it on a generic plan, or nothing when the server never kept it prepared (planned with its
     * values on every run). A fresh comment makes the statement new to the connection.
     */
    static Optional<Long> genericPlansAfterTenRuns(DataSource dataSource, boolean marked) throws SQLException {
        String sql = (marked ? StatementPlans.GENERIC : "") + LOOKUP + " /* " + System.nanoTime() + " */";
        try (Connection connection = dataSource.getConnection()) {
            for (int run = 0; run < 10; run++) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, "150000000000");
                    try (ResultSet rows = statement.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                    }
                }
            }
            try (PreparedStatement prepared = connection.prepareStatement(
                    "SELECT generic_plans FROM pg_prepared_statements WHERE statement = ?")) {
                prepared.setString(1, sql.replace("?", "$1"));
                try (ResultSet rows = prepared.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        }
    }
}
