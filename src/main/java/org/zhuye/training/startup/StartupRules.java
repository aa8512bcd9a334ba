package org.zhuye.training.startup;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.parameter.Evidence;
import org.zhuye.parameter.MissingParameters;
import org.zhuye.training.TrainingRuleException;

/**
 * The 创业补贴 and 贷款贴息 rules in force: the longest region prefix with a row on the day, its latest
 * {@code valid_from}. No row is a refusal that names the missing parameter, never a guessed amount.
 */
@Component
class StartupRules {

    private final JdbcClient jdbc;
    private final MissingParameters missing;

    StartupRules(JdbcClient jdbc, MissingParameters missing) {
        this.jdbc = jdbc;
        this.missing = missing;
    }

    StartupSubsidyRule subsidyOn(String regionCode, LocalDate day) {
        return jdbc.sql("""
                SELECT amount, min_operating_months, evidence, source FROM startup_subsidy_rule
                WHERE ? LIKE region_prefix || '%' AND valid_from <= ?
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(regionCode, Date.valueOf(day))
                .query((rs, i) -> new StartupSubsidyRule(rs.getBigDecimal(1), rs.getInt(2),
                        Evidence.ofCode(rs.getString(3)).orElseThrow(), rs.getString(4)))
                .optional()
                .orElseThrow(() -> TrainingRuleException.of("grantedOn",
                        missing.message(StartupSubsidyRuleKind.DESCRIPTION, day + " 适用的", regionCode)));
    }

    LoanInterestRule loanOn(String regionCode, LocalDate day) {
        return jdbc.sql("""
                SELECT subsidy_percent, rate_cap_percent, max_amount, max_term_months, evidence, source FROM loan_interest_rule
                WHERE ? LIKE region_prefix || '%' AND valid_from <= ?
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(regionCode, Date.valueOf(day))
                .query((rs, i) -> new LoanInterestRule(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getInt(4), Evidence.ofCode(rs.getString(5)).orElseThrow(), rs.getString(6)))
                .optional()
                .orElseThrow(() -> TrainingRuleException.of("startedOn",
                        missing.message(LoanInterestRuleKind.DESCRIPTION, day + " 适用的", regionCode)));
    }
}
