package org.zhuye.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source that hands out its target's connections wrapped by {@link #wrap}. */
public abstract class WrappingDataSource extends DelegatingDataSource implements AutoCloseable {

    protected WrappingDataSource(DataSource target) {
        super(target);
    }

    /** A post-processor that wraps every DataSource bean of the context by {@code wrap}, once. */
    public static BeanPostProcessor everyDataSource(Class<? extends WrappingDataSource> type,
                                                    Function<DataSource, ? extends WrappingDataSource> wrap) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !type.isInstance(bean) ? wrap.apply(dataSource) : bean;
            }
        };
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
