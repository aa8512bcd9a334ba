package org.zhuye.casework;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Per cycle year, which of the four services each person has had (non-voided records only), kept
 * in memory for coverage and the work lists. Derived from {@code casework_service}, never the only
 * copy: read whole on first use, and after each committed {@link CaseworkChanged} the persons named
 * are read again and swapped in. Readers take a volatile reference; writers take turns.
 */
@Component
class ServiceIndex {

    private static final Logger log = LoggerFactory.getLogger(ServiceIndex.class);

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Object writeLock = new Object();
    private volatile Map<Integer, ServiceMasks> byYear;

    private final TransactionTemplate readOnly;

    ServiceIndex(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(10_000);
        this.streaming = JdbcClient.create(template);
        // PgJDBC streams with a fetch size only inside a transaction; otherwise it reads every row at once.
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
    }

    /** The masks of one cycle year (empty when nobody has had a service in it). */
    ServiceMasks year(int year) {
        return current().getOrDefault(year, ServiceMasks.EMPTY);
    }

    private Map<Integer, ServiceMasks> current() {
        Map<Integer, ServiceMasks> snapshot = byYear;
        if (snapshot != null) {
            return snapshot;
        }
        synchronized (writeLock) {
            if (byYear == null) {
                byYear = load();
            }
            return byYear;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseworkChanged changed) {
        try {
            synchronized (writeLock) {
                if (byYear == null) {
                    return;  // not read yet: the first read sees the committed change
                }
                byYear = changed.all() ? load() : withChanges(byYear, changed.personIds());
            }
        } catch (RuntimeException e) {
            log.warn("服务记录索引更新失败，将整体重建", e);
            synchronized (writeLock) {
                byYear = null;
            }
        }
    }

    private Map<Integer, ServiceMasks> load() {
        long started = System.nanoTime();
        Map<Integer, ServiceMasks.Builder> builders = new HashMap<>();
        readOnly.executeWithoutResult(status -> streaming
                .sql("SELECT cycle_year, person_id, kind FROM casework_service WHERE voided_at IS NULL")
                .query((ResultSet rs) -> {
                    builders.computeIfAbsent(rs.getInt(1), y -> new ServiceMasks.Builder(1024))
                            .put(rs.getLong(2), ServiceKind.valueOf(rs.getString(3)).bit());
                }));
        Map<Integer, ServiceMasks> loaded = new HashMap<>();
        builders.forEach((year, builder) -> loaded.put(year, builder.build()));
        log.info("服务记录索引已建立：{} 个年度，用时 {} ms", loaded.size(), (System.nanoTime() - started) / 1_000_000);
        return Map.copyOf(loaded);
    }

    private Map<Integer, ServiceMasks> withChanges(Map<Integer, ServiceMasks> current, java.util.Set<Long> ids) {
        Map<Integer, Map<Long, Integer>> changes = new HashMap<>();
        List<Object[]> rows = jdbc.sql("""
                SELECT cycle_year, person_id, kind FROM casework_service WHERE person_id = ANY(?) AND voided_at IS NULL
                """)
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> new Object[]{rs.getInt(1), rs.getLong(2), ServiceKind.valueOf(rs.getString(3)).bit()})
                .list();
        for (Object[] row : rows) {
            changes.computeIfAbsent((Integer) row[0], y -> new HashMap<>()).merge((Long) row[1], (Integer) row[2], (a, b) -> a | b);
        }
        Map<Integer, ServiceMasks> next = new HashMap<>(current);
        // Every year that had or now has these persons: a voided last service must clear the mask.
        java.util.Set<Integer> years = new java.util.HashSet<>(current.keySet());
        years.addAll(changes.keySet());
        for (int year : years) {
            Map<Long, Integer> yearChanges = new HashMap<>();
            Map<Long, Integer> found = changes.getOrDefault(year, Map.of());
            ServiceMasks masks = current.getOrDefault(year, ServiceMasks.EMPTY);
            for (long id : ids) {
                int now = found.getOrDefault(id, 0);
                if (masks.get(id) != now) {
                    yearChanges.put(id, now);
                }
            }
            if (!yearChanges.isEmpty()) {
                next.put(year, masks.with(yearChanges));
            }
        }
        return Map.copyOf(next);
    }
}
