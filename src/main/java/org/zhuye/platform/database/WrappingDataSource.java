package org.zhuye.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source that hands out its target's connections wrapped by {@link #wrap}. */
public abstract class WrappingDataSource extends DelegatingDataSource implements AutoCloseable {

    protected WrappingDataSource(DataSource target) {
        super(target);
    }

    /** The connection as this data source hands it out. */
    protected abstract Connection wrap(Connection connection);

    /** The pools are declared with {@code destroyMethod = "close"}: pass it on. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }
}
