package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.employer.AdministrativeLevel;
import org.zhuye.employer.EmployerType;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * The units of a region with their declaration of a year, if any: what the federation's lists
 * are made of. {@code scopePattern} is a LIKE pattern the caller derived from a region inside
 * {@code jurisdiction}; both are applied.
 */
@Repository
@JurisdictionScoped
public class QuotaListRepository {

    private final JdbcClient jdbc;

    QuotaListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitYear> findUnits(int year, String scopePattern, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT e.id, e.name, e.credit_code, e.type, e.admin_level, e.authorised_posts, e.school, e.region_code,
                       d.id AS declaration_id, d.status, d.result_staff, d.result_counted, d.result_required,
                       d.result_shortfall, d.result_due, d.result_exempt
                FROM employer e LEFT JOIN quota_declaration d ON d.employer_id = e.id AND d.year = ?
                WHERE e.region_code LIKE ? AND e.region_code LIKE ?
                ORDER BY e.region_code, e.name, e.id
                """)
                .params(year, scopePattern, jurisdiction.likePattern())
                .query((rs, i) -> {
                    String level = rs.getString("admin_level");
                    Object posts = rs.getObject("authorised_posts");
                    Object declaration = rs.getObject("declaration_id");
                    String status = rs.getString("status");
                    return new UnitYear(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                            EmployerType.valueOf(rs.getString("type")),
                            level == null ? null : AdministrativeLevel.valueOf(level),
                            posts == null ? null : ((Number) posts).intValue(), rs.getBoolean("school"),
                            rs.getString("region_code"), declaration == null ? null : ((Number) declaration).longValue(),
                            status == null ? null : DeclarationStatus.valueOf(status), rs.getBigDecimal("result_staff"),
                            rs.getBigDecimal("result_counted"), rs.getBigDecimal("result_required"),
                            rs.getBigDecimal("result_shortfall"), rs.getBigDecimal("result_due"),
                            rs.getBoolean("result_exempt"));
                })
                .list();
    }

    /** A unit and its declaration of the year (all declaration fields null when it has none; results only once confirmed). */
    public record UnitYear(long employerId, String name, String creditCode, EmployerType type, AdministrativeLevel level,
                           Integer authorisedPosts, boolean school, String regionCode, Long declarationId,
                           DeclarationStatus status, BigDecimal staff, BigDecimal counted, BigDecimal required,
                           BigDecimal shortfall, BigDecimal due, boolean exempt) {

        public boolean confirmed() {
            return status == DeclarationStatus.CONFIRMED;
        }

        /** Never submitted: no declaration, or a draft. */
        public boolean notFiled() {
            return status == null || status == DeclarationStatus.DRAFT;
        }

        public String typeLabel() {
            return level == null ? type.label() : type.label() + "（" + level.label() + "）";
        }
    }
}
