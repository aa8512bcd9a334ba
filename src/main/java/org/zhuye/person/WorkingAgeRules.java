package org.zhuye.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.parameter.MissingParameters;

/**
 * The working-age parameters in force for a region on a date, from table {@code retirement_rule}
 * (per region prefix, sex and start date). For each sex the rule is taken from the longest region
 * prefix that has one in force on the date, and there from the latest {@code valid_from} on or
 * before it. A region or date without a rule is an error, never a guess: a wrong retirement age
 * would silently shift 就业率.
 */
@Service
public class WorkingAgeRules {

    private final JdbcClient jdbc;
    private final MissingParameters missing;
    private volatile Table table;

    WorkingAgeRules(JdbcClient jdbc, MissingParameters missing) {
        this.jdbc = jdbc;
        this.missing = missing;
        this.table = load();
    }

    /** The working-age rule for {@code regionCode} on {@code date}; throws {@link NoRule} if there is none. */
    public WorkingAge on(String regionCode, LocalDate date) {
        return table.on(regionCode, date);
    }

    /** The rules as loaded; re-read with {@link #reload()} after the table changes. */
    public Table table() {
        return table;
    }

    public void reload() {
        table = load();
    }

    private Table load() {
        return new Table(jdbc.sql("""
                SELECT region_prefix, sex, valid_from, minimum_age_years, base_age_years, first_delayed_birth_month,
                       birth_months_per_step, max_delay_months, source
                FROM retirement_rule ORDER BY region_prefix, sex, valid_from
                """)
                .query((rs, i) -> new Row(rs.getString(1), "M".equals(rs.getString(2)) ? Sex.MALE : Sex.FEMALE,
                        rs.getDate(3).toLocalDate(), rs.getInt(4),
                        new RetirementRule(rs.getInt(5), YearMonth.from(rs.getDate(6).toLocalDate()), rs.getInt(7), rs.getInt(8)),
                        rs.getString(9)))
                .list(),
                (sex, regionCode, date) -> missing.message(RetirementRuleKind.DESCRIPTION,
                        sex.label() + "性" + RetirementRuleKind.DESCRIPTION.label(), date + " 适用的", regionCode) + "，补充前无法判断是否处于就业年龄段");
    }

    /** One row of {@code retirement_rule}. */
    public record Row(String regionPrefix, Sex sex, LocalDate validFrom, int minimumAgeYears, RetirementRule rule,
                      String source) {
    }

    /**
     * The rules in memory, without Spring. Equal inputs give the same {@link WorkingAge} instance,
     * so callers may group regions by it.
     */
    public static final class Table {

        /** Per sex, the rows by prefix, longest prefix first, each prefix's rows latest first. */
        private final Map<Sex, List<List<Row>>> bySex = new HashMap<>();
        private final Map<List<Row>, WorkingAge> interned = new java.util.concurrent.ConcurrentHashMap<>();
        private final Missing missing;

        public Table(List<Row> rows) {
            this(rows, (sex, regionCode, date) -> "区划 " + regionCode + " 在 " + date + " 没有适用的" + sex.label()
                    + "性退休年龄规则，无法判断是否处于就业年龄段（请自治区管理员在“参数管理”中添加）");
        }

        /** @param missing how to say that no rule applies (the application names the region and who adds it) */
        public Table(List<Row> rows, Missing missing) {
            this.missing = missing;
            for (Sex sex : Sex.values()) {
                Map<String, List<Row>> byPrefix = new HashMap<>();
                rows.stream().filter(r -> r.sex() == sex)
                        .forEach(r -> byPrefix.computeIfAbsent(r.regionPrefix(), p -> new ArrayList<>()).add(r));
                List<List<Row>> ordered = new ArrayList<>(byPrefix.values());
                ordered.forEach(list -> list.sort(Comparator.comparing(Row::validFrom).reversed()));
                ordered.sort(Comparator.comparing((List<Row> list) -> list.get(0).regionPrefix().length()).reversed());
                bySex.put(sex, ordered);
            }
        }

        /**
         * The longest region prefix any rule names: regions that agree on this many leading digits
         * get the same rules, so callers can resolve once per such group.
         */
        public int longestPrefix() {
            return bySex.values().stream().flatMap(List::stream).mapToInt(rows -> rows.get(0).regionPrefix().length())
                    .max().orElse(0);
        }

        public WorkingAge on(String regionCode, LocalDate date) {
            Row men = find(Sex.MALE, regionCode, date);
            Row women = find(Sex.FEMALE, regionCode, date);
            if (men.minimumAgeYears() != women.minimumAgeYears()) {
                throw new NoRule("区划 " + regionCode + " 在 " + date + " 适用的男女最低就业年龄不一致（"
                        + men.minimumAgeYears() + " 与 " + women.minimumAgeYears() + "），请修正退休年龄规则表");
            }
            return interned.computeIfAbsent(List.of(men, women),
                    pair -> new WorkingAge(men.minimumAgeYears(), men.rule(), women.rule()));
        }

        /** The row in force for one sex, if any. */
        public Optional<Row> rowFor(Sex sex, String regionCode, LocalDate date) {
            for (List<Row> prefixRows : bySex.get(sex)) {
                if (!regionCode.startsWith(prefixRows.get(0).regionPrefix())) {
                    continue;
                }
                for (Row row : prefixRows) {
                    if (!row.validFrom().isAfter(date)) {
                        return Optional.of(row);
                    }
                }
            }
            return Optional.empty();
        }

        private Row find(Sex sex, String regionCode, LocalDate date) {
            return rowFor(sex, regionCode, date).orElseThrow(() -> new NoRule(missing.message(sex, regionCode, date)));
        }
    }

    /** The message for a region and day without a rule for one sex. */
    @FunctionalInterface
    public interface Missing {
        String message(Sex sex, String regionCode, LocalDate date);
    }

    /** No rule applies: the figure that needs it cannot be computed. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
    public static class NoRule extends RuntimeException {
        public NoRule(String message) {
            super(message);
        }
    }
}
