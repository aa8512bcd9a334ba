package org.zhuye.employer.declaration;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.parameter.MissingParameters;

/**
 * Tables {@code declaration_parameter} and {@code minimum_wage}. Policy parameters are public, so
 * reads take no jurisdiction; they are read on each use (a few rows, and tests and
 * administrators change them).
 */
@Repository
public class DeclarationParameters {

    private final JdbcClient jdbc;
    private final MissingParameters missing;

    DeclarationParameters(JdbcClient jdbc, MissingParameters missing) {
        this.jdbc = jdbc;
        this.missing = missing;
    }

    /** The rules for a unit's region and a collection year; {@link NoDeclarationRules} if there are none. */
    public DeclarationRules rulesFor(String regionCode, int year) {
        return jdbc.sql("""
                SELECT region_prefix, year, filing_deadline, review_level, residence_scope, evidence, source
                FROM declaration_parameter
                WHERE year = ? AND ? LIKE region_prefix || '%'
                ORDER BY length(region_prefix) DESC LIMIT 1
                """)
                .params(year, regionCode)
                .query((rs, i) -> new DeclarationRules(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(),
                        ReviewLevel.valueOf(rs.getString(4)), ResidenceScope.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7)))
                .optional()
                .orElseThrow(() -> new NoDeclarationRules(missing.message(DeclarationParameterKind.DESCRIPTION,
                        DeclarationParameterKind.DESCRIPTION.label() + "（申报截止日、审核层级、残疾职工居住地范围）",
                        year + " 征收年度", regionCode) + "，补充前不能为该年度申报"));
    }

    /** What a declaration's check says when no minimum wage applies to the unit's region on the check day. */
    String noMinimumWage(String regionCode, LocalDate day) {
        return missing.message(MinimumWageKind.DESCRIPTION, day + " 适用的", regionCode) + "，补充前无法核对工资";
    }

    /** The monthly minimum wage in force for a region on a day, from the longest prefix that has one. */
    public Optional<MinimumWage> minimumWage(String regionCode, LocalDate day) {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, monthly, evidence, source FROM minimum_wage
                WHERE ? LIKE region_prefix || '%' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(regionCode, Date.valueOf(day), Date.valueOf(day))
                .query((rs, i) -> new MinimumWage(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }
}
