package org.zhuye.parameter;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A {@link ParameterKind} kept in one table of its module, read and written with {@link #jdbc}. */
public abstract class ParameterTable implements ParameterKind {

    protected final JdbcClient jdbc;
    private final ParameterDescription description;

    protected ParameterTable(JdbcClient jdbc, ParameterDescription description) {
        this.jdbc = jdbc;
        this.description = description;
    }

    @Override
    public final ParameterDescription description() {
        return description;
    }
}
