package org.zhuye.platform.memo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A {@link PersonRowsIndex} of {@link PersonRegionColumns} read by one query: whole on first use, and for the
 * persons of a change with {@code AND <person column> = ANY(?)} appended to it.
 */
public abstract class PersonRegionIndex extends PersonRowsIndex<PersonRegionColumns> {

    private final JdbcClient jdbc;
    private final String select;
    private final String personColumn;

    /**
     * @param select       the query of every row, ending in a WHERE clause (so a condition can be appended)
     * @param personColumn the qualified column of the person's id in it
     */
    protected PersonRegionIndex(String name, JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                                String select, String personColumn) {
        super(name, dataSource, transactions);
        this.jdbc = jdbc;
        this.select = select;
        this.personColumn = personColumn;
    }

    /** One row of the query as the columns keep it. */
    protected abstract PersonRegionColumns.Row row(ResultSet rs) throws SQLException;

    @Override
    protected final PersonRegionColumns readAll(JdbcClient streaming) {
        List<PersonRegionColumns.Row> rows = new ArrayList<>();
        streaming.sql(select).query((ResultSet rs) -> {
            rows.add(row(rs));
        });
        return PersonRegionColumns.of(rows);
    }

    @Override
    protected final PersonRegionColumns withPersons(PersonRegionColumns current, Set<Long> persons) {
        return current.with(persons, jdbc.sql(select + " AND " + personColumn + " = ANY(?)")
                .param(persons.toArray(Long[]::new)).query((rs, i) -> row(rs)).list());
    }
}
