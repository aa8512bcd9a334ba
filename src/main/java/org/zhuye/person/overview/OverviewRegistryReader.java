package org.zhuye.person.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.Sex;

/**
 * What the overview snapshot reads from the database: everyone (with the {@link RegistryMark} of the same MVCC
 * snapshot, so a saved copy can later be checked), the current rows of changed persons, or the mark alone.
 * Streamed, each call in a read-only REPEATABLE READ transaction of its own.
 */
final class OverviewRegistryReader {

    private static final String PERSON_COLUMNS = """
            id, region_code, sex, birth_date, category, grade, cert_status, registered_on, hukou""";

    private final JdbcClient streaming;
    private final TransactionTemplate consistentRead;

    OverviewRegistryReader(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(10_000);
        this.streaming = JdbcClient.create(template);
        this.consistentRead = new TransactionTemplate(transactions);
        // Its own transaction (also when called after another one commits), one MVCC snapshot for both queries.
        consistentRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        consistentRead.setReadOnly(true);
    }

    /** A base block with the mark of the registry it was read at. */
    record Loaded(RegistryMark mark, OverviewBlock block) {
    }

    RegistryMark mark() {
        return consistentRead.execute(status -> RegistryMark.read(streaming));
    }

    /** Everyone not merged away, with their events, and the mark, all as of one moment. */
    Loaded readAll() {
        return consistentRead.execute(status -> {
            RegistryMark mark = RegistryMark.read(streaming);
            OverviewBlock.Builder builder = new OverviewBlock.Builder();
            streaming.sql("SELECT " + PERSON_COLUMNS + " FROM person WHERE merged_into IS NULL ORDER BY region_code, id")
                    .query((ResultSet rs) -> {
                        builder.addPerson(rs.getLong(1), rs.getString(2), attr(rs), epochDay(rs, 4), epochDay(rs, 8));
                    });
            streaming.sql("""
                    SELECT e.person_id, e.effective_on, e.employed, e.baseline, coalesce(e.form, 0), p.hukou = 'RURAL'
                    FROM employment_event e JOIN person p ON p.id = e.person_id
                    WHERE e.voided_at IS NULL ORDER BY e.person_id, e.effective_on, e.id
                    """)
                    .query((ResultSet rs) -> {
                        builder.addEvent(rs.getLong(1), epochDay(rs, 2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5),
                                rs.getBoolean(6));
                    });
            return new Loaded(mark, builder.build());
        });
    }

    /** The current rows of {@code ids}; a person merged away or gone has none. */
    List<OverviewBlock.PersonRow> rows(Set<Long> ids) {
        Long[] wanted = ids.toArray(Long[]::new);
        return consistentRead.execute(status -> {
            Map<Long, List<int[]>> events = new HashMap<>();
            streaming.sql("""
                    SELECT person_id, effective_on, employed, baseline, coalesce(form, 0) FROM employment_event
                    WHERE person_id = ANY(?) AND voided_at IS NULL ORDER BY person_id, effective_on, id
                    """)
                    .param(wanted)
                    .query((ResultSet rs) -> {
                        events.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new int[]{epochDay(rs, 2), rs.getBoolean(3) ? 1 : 0, rs.getBoolean(4) ? 1 : 0, rs.getInt(5)});
                    });
            List<OverviewBlock.PersonRow> rows = new ArrayList<>();
            streaming.sql("SELECT " + PERSON_COLUMNS + " FROM person WHERE id = ANY(?) AND merged_into IS NULL")
                    .param(wanted)
                    .query((ResultSet rs) -> {
                        long id = rs.getLong(1);
                        List<int[]> list = events.getOrDefault(id, List.of());
                        int[] days = new int[list.size()];
                        boolean[] employed = new boolean[list.size()];
                        boolean[] baseline = new boolean[list.size()];
                        int[] forms = new int[list.size()];
                        for (int i = 0; i < list.size(); i++) {
                            days[i] = list.get(i)[0];
                            employed[i] = list.get(i)[1] == 1;
                            baseline[i] = list.get(i)[2] == 1;
                            forms[i] = list.get(i)[3];
                        }
                        rows.add(new OverviewBlock.PersonRow(id, rs.getString(2), attr(rs), epochDay(rs, 4), epochDay(rs, 8),
                                days, OverviewBlock.flags(employed, baseline, forms, "RURAL".equals(rs.getString(9)))));
                    });
            return rows;
        });
    }

    private static byte attr(ResultSet rs) throws SQLException {
        return OverviewBlock.attr(rs.getInt(5), rs.getInt(6), "F".equals(rs.getString(3)) ? Sex.FEMALE : Sex.MALE,
                CertificateStatus.valueOf(rs.getString(7)));
    }

    private static int epochDay(ResultSet rs, int column) throws SQLException {
        return (int) rs.getObject(column, LocalDate.class).toEpochDay();
    }
}
