package org.zhuye.training.subsidy;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.parameter.Evidence;
import org.zhuye.parameter.MissingParameters;
import org.zhuye.training.TrainingRuleException;

/**
 * The {@link SubsidyRule} in force from {@code training_subsidy_rule}: the longest region prefix with a
 * row on the date, its latest {@code valid_from}. No row is an error that says so.
 */
@Component
class TrainingSubsidyRules {

    private final JdbcClient jdbc;
    private final MissingParameters missing;

    TrainingSubsidyRules(JdbcClient jdbc, MissingParameters missing) {
        this.jdbc = jdbc;
        this.missing = missing;
    }

    SubsidyRule on(String regionCode, LocalDate date) {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, min_attendance_percent, employment_months, full_percent,
                       certificate_percent, special_percent, evidence, source FROM training_subsidy_rule
                WHERE ? LIKE region_prefix || '%' AND valid_from <= ?
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(regionCode, Date.valueOf(date))
                .query((rs, i) -> new SubsidyRule(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), Evidence.ofCode(rs.getString(8)).orElseThrow(),
                        rs.getString(9)))
                .optional()
                .orElseThrow(() -> TrainingRuleException.of("rule",
                        missing.message(TrainingSubsidyRuleKind.DESCRIPTION, date + " 适用的", regionCode)));
    }
}
