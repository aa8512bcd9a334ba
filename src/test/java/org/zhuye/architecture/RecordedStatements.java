package org.zhuye.architecture;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.zhuye.platform.database.WrappingDataSource;

/**
 * Records the SQL the application runs, with the values bound to it, while it serves requests:
 * the application's {@link DataSource} is wrapped so that every statement executed on a request
 * thread is kept. A test can then run each one again under {@code EXPLAIN} with the very same
 * parameters. Only request threads count, so background work (snapshots, schedulers) is left out.
 */
@TestConfiguration(proxyBeanMethods = false)
class RecordedStatements {

    /** One statement as run: its SQL and the parameter setters called on it, by position. */
    record Executed(String sql, List<Binding> bindings) {
        /** The same statement, prepared on {@code connection} behind {@code prefix}, with the same values bound. */
        PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(prefix + sql);
            for (Binding binding : bindings) {
                try {
                    binding.setter().invoke(statement, binding.arguments());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new SQLException("cannot bind " + binding, e);
                }
            }
            return statement;
        }
    }

    record Binding(Method setter, Object[] arguments) {
    }

    private static final List<Executed> EXECUTED = new ArrayList<>();
    private static volatile boolean recording;

    /** Starts a fresh record. */
    static void start() {
        synchronized (EXECUTED) {
            EXECUTED.clear();
        }
        recording = true;
    }

    /** Stops recording and answers what was run since {@link #start}. */
    static List<Executed> stop() {
        recording = false;
        synchronized (EXECUTED) {
            return List.copyOf(EXECUTED);
        }
    }

    @Bean
    static BeanPostProcessor recordingDataSource() {
        return WrappingDataSource.everyDataSource(Recording.class, Recording::new);
    }

    private static boolean onRequestThread() {
        return recording && Thread.currentThread().getName().startsWith("http-nio");
    }

    private static void record(String sql, TreeMap<Integer, Binding> bindings) {
        if (onRequestThread()) {
            synchronized (EXECUTED) {
                EXECUTED.add(new Executed(sql, List.copyOf(bindings.values())));
            }
        }
    }

    /** A data source whose connections record what they run. */
    static final class Recording extends WrappingDataSource {
        Recording(DataSource target) {
            super(target);
        }

        @Override
        protected Connection wrap(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                Object result = method.invoke(connection, args);
                if (result instanceof PreparedStatement prepared && method.getName().equals("prepareStatement")) {
                    return prepared(prepared, (String) args[0]);
                }
                if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                    return plain(statement);
                }
                return result;
            });
        }

        private static PreparedStatement prepared(PreparedStatement statement, String sql) {
            TreeMap<Integer, Binding> bindings = new TreeMap<>();
            return proxy(PreparedStatement.class, statement, (method, args) -> {
                String name = method.getName();
                if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                    bindings.put(index, new Binding(method, args.clone()));
                } else if (name.equals("clearParameters")) {
                    bindings.clear();
                } else if ((name.equals("execute") || name.equals("executeQuery") || name.equals("executeUpdate")
                        || name.equals("executeLargeUpdate")) && (args == null || args.length == 0)) {
                    record(sql, bindings);
                }
                return method.invoke(statement, args);
            });
        }

        private static Statement plain(Statement statement) {
            return proxy(Statement.class, statement, (method, args) -> {
                if (method.getName().startsWith("execute") && args != null && args.length >= 1 && args[0] instanceof String sql) {
                    record(sql, new TreeMap<>());
                }
                return method.invoke(statement, args);
            });
        }
    }

    @FunctionalInterface
    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                    return method.invoke(target, args);
                }
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(RecordedStatements.class.getClassLoader(), new Class<?>[]{type}, handler));
    }
}
