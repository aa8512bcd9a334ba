package org.zhuye.institution.rating;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * The served persons a year's ratings rest on, read from {@code institution_person}, {@code person} and
 * {@code employment_event}. A person served by an institution in the year is one whose span there overlaps
 * it (counted once however many spans). Placed: a span there ended in the year for open work
 * (OPEN_WORK), or the registry records a move into work other than 辅助性就业 (就业形式 5) in the year, on or
 * after the person's start there; the earlier of the two is the placement day. Retention: a placement at
 * least 6 months old on the day of computing counts in the base, and is retained if the registry's status on
 * the day 6 months after it is employed.
 */
@Repository
@JurisdictionScoped
class ServedRecords {

    /** One institution's served person with what the rating needs of them. */
    record Served(long institutionId, long personId, int category, int grade, LocalDate birthDate, String regionCode,
                  LocalDate placedOn, Boolean employedSixMonthsOn) {

        int ageOn(LocalDate day) {
            return java.time.Period.between(birthDate, day).getYears();
        }

        String county() {
            return regionCode.substring(0, 6);
        }

        boolean placed() {
            return placedOn != null;
        }

        boolean inRetentionBase(LocalDate asOf) {
            return placedOn != null && !placedOn.plusMonths(6).isAfter(asOf);
        }

        boolean retained(LocalDate asOf) {
            return inRetentionBase(asOf) && Boolean.TRUE.equals(employedSixMonthsOn);
        }
    }

    /** Registry persons of one county, sex and birth month, and how many of them were in work on the day. */
    record CountyGroup(String county, String sex, LocalDate birthMonth, int persons, int employed) {
    }

    private final JdbcClient jdbc;

    ServedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @OutsideJurisdiction("the baseline of a kind is every institution of it in the province; only its rates leave here")
    List<Served> ofKind(InstitutionKind kind, String provincePrefix, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                WITH spans AS (
                    SELECT ip.institution_id, ip.person_id, min(ip.from_on) AS from_on,
                           min(ip.until_on) FILTER (WHERE ip.end_reason = 'OPEN_WORK' AND ip.until_on BETWEEN :from AND :to) AS left_for_work
                    FROM institution_person ip JOIN institution i ON i.id = ip.institution_id
                    WHERE i.kind = :kind AND i.region_code LIKE :pattern
                      AND ip.from_on <= :to AND (ip.until_on IS NULL OR ip.until_on >= :from)
                    GROUP BY ip.institution_id, ip.person_id
                ), placed AS (
                    SELECT s.institution_id, s.person_id,
                           LEAST(s.left_for_work, (SELECT min(e.effective_on) FROM employment_event e
                                WHERE e.person_id = s.person_id AND e.voided_at IS NULL AND e.employed AND e.form <> 5
                                  AND e.effective_on BETWEEN GREATEST(:from, s.from_on) AND :to)) AS placed_on
                    FROM spans s
                )
                SELECT x.institution_id, x.person_id, p.category, p.grade, p.birth_date, p.region_code, x.placed_on,
                       (SELECT e.employed FROM employment_event e
                        WHERE e.person_id = x.person_id AND e.voided_at IS NULL
                          AND e.effective_on <= CAST(x.placed_on + interval '6 months' AS date)
                        ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) AS employed_after
                FROM placed x JOIN person p ON p.id = x.person_id
                WHERE p.merged_into IS NULL
                ORDER BY x.institution_id, x.person_id
                """)
                .param("kind", kind.name())
                .param("pattern", provincePrefix + "%")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, i) -> {
                    Date placed = rs.getDate("placed_on");
                    Object employed = rs.getObject("employed_after");
                    return new Served(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getDate(5).toLocalDate(),
                            rs.getString(6), placed == null ? null : placed.toLocalDate(), (Boolean) employed);
                })
                .list();
    }

    @OutsideJurisdiction("the county factor compares every county of the province; only counts by county leave here")
    List<CountyGroup> countyGroups(String provincePrefix, LocalDate day) {
        return jdbc.sql("""
                SELECT substr(p.region_code, 1, 6), p.sex, CAST(date_trunc('month', p.birth_date) AS date), count(*),
                       count(*) FILTER (WHERE st.employed)
                FROM person p
                LEFT JOIN LATERAL (SELECT e.employed FROM employment_event e
                                   WHERE e.person_id = p.id AND e.voided_at IS NULL AND e.effective_on <= :day
                                   ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) st ON true
                WHERE p.merged_into IS NULL AND p.region_code LIKE :pattern AND p.cert_status <> 'DECEASED'
                  AND p.birth_date BETWEEN CAST(:day AS date) - interval '80 years' AND CAST(:day AS date) - interval '14 years'
                GROUP BY 1, 2, 3
                """)
                .param("pattern", provincePrefix + "%")
                .param("day", Date.valueOf(day))
                .query((rs, i) -> new CountyGroup(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }
}
