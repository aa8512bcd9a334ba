package org.zhuye.casework;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhuye.platform.memo.PersonRowsIndex;

/**
 * Per cycle year, which of the four services each person has had (non-voided records only), kept
 * in memory for coverage and the work lists. Derived from {@code casework_service}: re-read per person
 * after each committed {@link CaseworkChanged}.
 */
@Component
class ServiceIndex extends PersonRowsIndex<Map<Integer, ServiceMasks>> {

    private final JdbcClient jdbc;

    ServiceIndex(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        super("服务记录索引", dataSource, transactions);
        this.jdbc = jdbc;
    }

    /** The masks of one cycle year (empty when nobody has had a service in it). */
    ServiceMasks year(int year) {
        return current().getOrDefault(year, ServiceMasks.EMPTY);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseworkChanged changed) {
        changed(changed.all(), changed.personIds());
    }

    @Override
    protected Map<Integer, ServiceMasks> readAll(JdbcClient streaming) {
        Map<Integer, ServiceMasks.Builder> builders = new HashMap<>();
        streaming.sql("SELECT cycle_year, person_id, kind FROM casework_service WHERE voided_at IS NULL")
                .query((ResultSet rs) -> {
                    builders.computeIfAbsent(rs.getInt(1), y -> new ServiceMasks.Builder(1024))
                            .put(rs.getLong(2), ServiceKind.valueOf(rs.getString(3)).bit());
                });
        Map<Integer, ServiceMasks> loaded = new HashMap<>();
        builders.forEach((year, builder) -> loaded.put(year, builder.build()));
        return Map.copyOf(loaded);
    }

    @Override
    protected Map<Integer, ServiceMasks> withPersons(Map<Integer, ServiceMasks> current, java.util.Set<Long> ids) {
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
