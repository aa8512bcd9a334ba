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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;

/**
 * Keeps the {@link OverviewSnapshot} current. It is built from the database at start (in the
 * background; the first overview waits for it) and after every committed {@link PersonsChanged}
 * the changed persons are re-read and swapped in, so the snapshot is never the only copy of
 * anything and never more than a commit behind. Writers take turns; readers never wait for them.
 */
@Component
class OverviewSnapshots {

    /** More changed persons than this in one event, and reading everyone again is cheaper. */
    static final int FULL_RELOAD_AT = 50_000;
    /** Merge the delta into the base once it holds this many persons. */
    static final int COMPACT_AT = 20_000;

    private static final Logger log = LoggerFactory.getLogger(OverviewSnapshots.class);

    private static final String PERSON_COLUMNS = """
            id, region_code, sex, birth_date, category, grade, cert_status, registered_on, hukou""";

    private final JdbcClient streaming;
    private final TransactionTemplate consistentRead;
    private final Object writeLock = new Object();
    private volatile OverviewSnapshot current;
    private volatile Build lastBuild;

    OverviewSnapshots(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(10_000);
        this.streaming = JdbcClient.create(template);
        this.consistentRead = new TransactionTemplate(transactions);
        // Its own transaction (also when called after another one commits), one MVCC snapshot for both queries.
        consistentRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        consistentRead.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground() {
        Thread builder = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                log.warn("人员概况快照未能在启动时建立，将在首次查询时重试", e);
            }
        }, "overview-snapshot");
        builder.setDaemon(true);
        builder.start();
    }

    /** The current snapshot, built first if there is none yet. */
    OverviewSnapshot current() {
        OverviewSnapshot snapshot = current;
        if (snapshot != null) {
            return snapshot;
        }
        synchronized (writeLock) {
            if (current == null) {
                current = load();
            }
            return current;
        }
    }

    /** Reads everyone again (after a bulk change made without listing the persons). */
    void rebuild() {
        synchronized (writeLock) {
            current = load();
        }
    }

    /** Figures about the last full build, for the benchmark and the logs. */
    Build lastBuild() {
        return lastBuild;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsChanged changed) {
        try {
            apply(changed);
        } catch (RuntimeException e) {
            // The change is committed; only the copy failed. Drop it, so the next reader rebuilds.
            log.warn("人员概况快照更新失败，将整体重建", e);
            synchronized (writeLock) {
                current = null;
            }
        }
    }

    void apply(PersonsChanged changed) {
        synchronized (writeLock) {
            if (current == null) {
                return; // not built yet: the build will read the committed change
            }
            if (changed.all() || changed.ids().size() > FULL_RELOAD_AT) {
                // Read everyone again on a thread of its own, not the one that committed (an import
                // job would stay "running" for seconds). Readers meanwhile wait for the new copy
                // rather than see the old one, so nobody sees figures from before the change.
                current = null;
                buildInBackground();
                return;
            }
            if (changed.ids().isEmpty()) {
                return;
            }
            OverviewSnapshot next = current.withChanges(changed.ids(), loadRows(changed.ids()));
            current = next.deltaSize() > COMPACT_AT ? next.compacted() : next;
        }
    }

    private OverviewSnapshot load() {
        long started = System.nanoTime();
        OverviewBlock block = consistentRead.execute(status -> {
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
            return builder.build();
        });
        OverviewSnapshot snapshot = new OverviewSnapshot(block);
        lastBuild = new Build(snapshot.size(), snapshot.bytes(), (System.nanoTime() - started) / 1_000_000);
        log.info("人员概况快照已建立：{} 人，约 {} MB，用时 {} ms", lastBuild.persons(), lastBuild.bytes() >> 20,
                lastBuild.millis());
        return snapshot;
    }

    private List<OverviewBlock.PersonRow> loadRows(Set<Long> ids) {
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

    /** How long the last full build took and what it holds. */
    record Build(int persons, long bytes, long millis) {
    }
}
