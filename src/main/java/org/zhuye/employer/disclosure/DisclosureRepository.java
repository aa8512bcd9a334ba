package org.zhuye.employer.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.employer.AdministrativeLevel;
import org.zhuye.employer.EmployerType;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;
import org.zhuye.region.RegionCode;

/**
 * The public disclosure (公示): unit-level figures of confirmed declarations of 机关, 事业单位 and
 * 国有企业. It selects no column about persons, and no declaration that is not confirmed.
 */
@Repository
@JurisdictionScoped
public class DisclosureRepository {

    private final JdbcClient jdbc;

    DisclosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @OutsideJurisdiction("公示 is public by policy: confirmed unit totals of public units only, no personal data")
    public List<DisclosedUnit> findConfirmed(int year, RegionCode region) {
        return jdbc.sql("""
                SELECT e.name, e.type, e.admin_level, e.authorised_posts, e.region_code,
                       d.result_staff, d.result_required, d.result_counted
                FROM quota_declaration d JOIN employer e ON e.id = d.employer_id
                WHERE d.status = 'CONFIRMED' AND d.year = ? AND e.region_code LIKE ?
                  AND e.type IN ('AGENCY', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE')
                ORDER BY e.region_code, e.type, e.name, e.id
                """)
                .params(year, region.significantPrefix() + "%")
                .query((rs, i) -> {
                    String level = rs.getString(3);
                    Object posts = rs.getObject(4);
                    return new DisclosedUnit(rs.getString(1), EmployerType.valueOf(rs.getString(2)),
                            level == null ? null : AdministrativeLevel.valueOf(level),
                            posts == null ? null : ((Number) posts).intValue(), rs.getString(5), rs.getBigDecimal(6),
                            rs.getBigDecimal(7), rs.getBigDecimal(8));
                })
                .list();
    }

    /** The latest collection year with any confirmed declaration: the page's default. */
    @OutsideJurisdiction("公示 is public by policy; answers a year only")
    public Optional<Integer> findLatestYear() {
        // max() of no rows is one row holding null (a new system has no confirmed declaration yet).
        return Optional.ofNullable(jdbc.sql("SELECT max(year) FROM quota_declaration WHERE status = 'CONFIRMED'")
                .query((rs, i) -> (Integer) rs.getObject(1)).list().get(0));
    }

    /** One disclosed unit: 在职职工, 编制, required and actual (counted) numbers. */
    public record DisclosedUnit(String name, EmployerType type, AdministrativeLevel level, Integer authorisedPosts,
                                String regionCode, BigDecimal staff, BigDecimal required, BigDecimal actual) {

        /** Complies when the counted number reaches the required one (staff × the year's ratio). */
        public boolean complies() {
            return actual.compareTo(required) >= 0;
        }

        public String typeLabel() {
            return level == null ? type.label() : type.label() + "（" + level.label() + "）";
        }
    }
}
