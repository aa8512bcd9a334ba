package org.zhuye.region;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.platform.csv.RowError;

/**
 * Loads a region file into the tree, all or nothing. Existing codes are updated in place and
 * codes missing from the file are kept, because records elsewhere may still point at them.
 */
@Service
public class RegionImport {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ApplicationEventPublisher events;

    RegionImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.events = events;
    }

    /**
     * Imports a file whose every row must lie inside {@code scope}; with {@code scope} empty
     * (seeding at first start, or the operator's command) any province may be loaded.
     */
    @Transactional
    public Result run(InputStream input, String source, Optional<Jurisdiction> scope, boolean dryRun) throws IOException {
        RegionFile file = RegionFile.read(input);
        List<RowError> errors = new ArrayList<>(file.errors());
        checkAgainstTree(file, scope, errors);
        errors.sort(Comparator.comparingInt(RowError::row));
        if (!errors.isEmpty() || dryRun) {
            return new Result(file.regions().size() + file.errors().size(), errors, 0, 0, dryRun);
        }
        long before = count();
        List<Region> ordered = file.regions().stream()
                .sorted(Comparator.comparingInt(Region::level).thenComparing(Region::code)).toList();
        int changed = upsert(ordered);
        int inserted = (int) (count() - before);
        int updated = changed - inserted;
        String root = ordered.isEmpty() ? null : ordered.get(0).code();
        events.publishEvent(new RegionsImported(root, source, ordered.size(), inserted, updated));
        return new Result(ordered.size(), List.of(), inserted, updated, false);
    }

    private void checkAgainstTree(RegionFile file, Optional<Jurisdiction> scope, List<RowError> errors) {
        Set<String> inFile = new HashSet<>();
        file.regions().forEach(r -> inFile.add(r.code()));
        Set<String> missingParents = new HashSet<>();
        for (Region region : file.regions()) {
            if (region.parentCode() != null && !inFile.contains(region.parentCode())) {
                missingParents.add(region.parentCode());
            }
        }
        Set<String> existing = missingParents.isEmpty() ? Set.of() : new HashSet<>(jdbc
                .sql("SELECT code FROM region WHERE code = ANY(?)")
                .param(missingParents.toArray(String[]::new))
                .query(String.class).list());
        for (int i = 0; i < file.regions().size(); i++) {
            Region region = file.regions().get(i);
            int row = file.rowOf(i);
            if (scope.isPresent() && !scope.get().contains(RegionCode.of(region.code()))) {
                errors.add(new RowError(row, "code", region.code(), "超出您的管辖范围"));
            }
            String parent = region.parentCode();
            if (parent != null && !inFile.contains(parent) && !existing.contains(parent)) {
                errors.add(new RowError(row, "parent_code", parent, "上级区划既不在文件中，也不在系统中"));
            }
        }
    }

    private int upsert(List<Region> regions) {
        int[][] counts = jdbcTemplate.batchUpdate("""
                INSERT INTO region (code, name, level, parent_code, urban_rural_class, kind)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE
                SET name = excluded.name, urban_rural_class = excluded.urban_rural_class, kind = excluded.kind
                WHERE (region.name, region.urban_rural_class, region.kind)
                      IS DISTINCT FROM (excluded.name, excluded.urban_rural_class, excluded.kind)
                """, regions, 1000, (ps, r) -> {
                    ps.setString(1, r.code());
                    ps.setString(2, r.name());
                    ps.setInt(3, r.level());
                    ps.setString(4, r.parentCode());
                    ps.setString(5, r.urbanRuralClass());
                    ps.setString(6, r.kind());
                });
        int changed = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                changed += Math.max(n, 0);
            }
        }
        return changed;
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM region").query(Long.class).single();
    }

    /** What an import found or did; {@code rows} counts the data rows read. */
    public record Result(int rows, List<RowError> errors, int inserted, int updated, boolean dryRun) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }
}
