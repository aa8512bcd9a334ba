package org.zhuye.institution.rating;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.parameter.MissingParameters;

/**
 * The scheme and subsidy rule a year's rating uses: the rows in force on 31 December of the year (for the
 * current year, the latest row so far), the longest region prefix first. No row is a rule error that says
 * which parameter to add, never a guess.
 */
@Component
class RatingParameters {

    record Scheme(RatingScheme scheme, UsedParameter row) {
    }

    record Subsidy(SubsidyRule rule, UsedParameter row) {
    }

    private final JdbcClient jdbc;
    private final MissingParameters missing;

    RatingParameters(JdbcClient jdbc, MissingParameters missing) {
        this.jdbc = jdbc;
        this.missing = missing;
    }

    static LocalDate dayOf(int year) {
        return LocalDate.of(year, 12, 31);
    }

    Scheme scheme(InstitutionKind kind, String regionCode, int year) {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, criteria, outcomes, bands, shrink_k, full_ratio_percent, evidence, source
                FROM rating_scheme WHERE kind = ? AND ? LIKE region_prefix || '%' AND valid_from <= ?
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(kind.name(), regionCode, Date.valueOf(dayOf(year)))
                .query((rs, i) -> new Scheme(RatingScheme.parse(rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getInt(7)),
                        new UsedParameter(RatingSchemeKind.DESCRIPTION.label(), rs.getString(1), kind.label(),
                                rs.getDate(2).toLocalDate(), "检查项目 " + rs.getString(3) + "；成效权重 " + rs.getString(4)
                                        + "；等级 " + rs.getString(5) + "；k=" + rs.getInt(6) + "；满分比值 " + rs.getInt(7) + "%",
                                rs.getString(8), rs.getString(9))))
                .optional()
                .orElseThrow(() -> RatingRuleException.of("year", missing.message(RatingSchemeKind.DESCRIPTION,
                        kind.label() + "的" + RatingSchemeKind.DESCRIPTION.label(), year + " 年度适用的", regionCode)));
    }

    Subsidy subsidy(String regionCode, int year) {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, grades, cap, evidence, source FROM rating_subsidy_rule
                WHERE ? LIKE region_prefix || '%' AND valid_from <= ?
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(regionCode, Date.valueOf(dayOf(year)))
                .query((rs, i) -> new Subsidy(SubsidyRule.parse(rs.getString(3), rs.getInt(4)),
                        new UsedParameter(RatingSubsidyKind.DESCRIPTION.label(), rs.getString(1), "", rs.getDate(2).toLocalDate(),
                                rs.getString(3) + "；上限 " + rs.getInt(4) + " 元", rs.getString(5), rs.getString(6))))
                .optional()
                .orElseThrow(() -> RatingRuleException.of("year", missing.message(RatingSubsidyKind.DESCRIPTION,
                        year + " 年度适用的", regionCode)));
    }
}
