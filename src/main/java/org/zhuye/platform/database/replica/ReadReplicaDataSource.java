package org.zhuye.platform.database.replica;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's one DataSource when a read replica is configured: a transaction marked
 * {@code @Transactional(readOnly = true)} runs on the replica, everything else (writes, migrations, reads
 * outside a transaction) on the primary. Lazy, because the transaction manager asks for a connection
 * before it marks the transaction read-only: the proxy hands out a placeholder and picks the server at
 * the first statement, when the read-only flag is known.
 */
final class ReadReplicaDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

    private final HikariDataSource primary;
    private final HikariDataSource replica;

    ReadReplicaDataSource(HikariDataSource primary, HikariDataSource replica) {
        super(primary);
        setReadOnlyDataSource(replica);
        this.primary = primary;
        this.replica = replica;
    }

    @Override
    public void close() {
        try (primary; replica) {
            // both pools closed, the replica's even if the primary's close fails
        }
    }
}
