package org.zhuye.institution;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * The institution registry as statistics count it on one day, for a region inside the caller's jurisdiction, by
 * the institution's region: institutions operating that day (opened on or before it, not closed on or before it;
 * 暂停 carries no date, so a suspended institution still counts), the persons they serve that day (one per
 * institution, a merged record left out), and each one's latest rating confirmed by that day.
 */
@Service
@JurisdictionScoped
public class InstitutionFigures {

    public record Operating(long id, String name, InstitutionKind kind, String regionCode, LocalDate openedOn) {
    }

    /** A person served by an institution on the day, shown as the registry masks them in lists. */
    public record Served(long institutionId, String institutionName, InstitutionKind kind, String regionCode, long personId,
                         String personName, String certificateMasked, LocalDate fromOn) {
    }

    /** An institution's rating in force on the day: the latest year confirmed by then, with its grade (null: 未定级). */
    public record Rated(long institutionId, String name, InstitutionKind kind, String regionCode, int year, String grade) {
    }

    private static final String OPERATING = """
            i.region_code LIKE ? AND i.region_code LIKE ? AND i.opened_on <= ? AND (i.closed_on IS NULL OR i.closed_on > ?)""";

    private final JdbcClient jdbc;

    InstitutionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Operating> listOperating(RegionCode region, LocalDate day, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql("SELECT i.id, i.name, i.kind, i.region_code, i.opened_on FROM institution i WHERE " + OPERATING
                        + " ORDER BY i.region_code, i.name, i.id")
                .params(region.significantPrefix() + "%", jurisdiction.likePattern(), Date.valueOf(day), Date.valueOf(day))
                .query((rs, i) -> new Operating(rs.getLong(1), rs.getString(2), InstitutionKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    public List<Served> listServed(RegionCode region, LocalDate day, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT i.id, i.name, i.kind, i.region_code, p.id, p.name, p.cert_masked, min(ip.from_on)
                        FROM institution_person ip JOIN institution i ON i.id = ip.institution_id JOIN person p ON p.id = ip.person_id
                        WHERE\s""" + OPERATING + """
                          AND ip.from_on <= ? AND (ip.until_on IS NULL OR ip.until_on >= ?) AND p.merged_into IS NULL
                        GROUP BY i.id, i.name, i.kind, i.region_code, p.id, p.name, p.cert_masked
                        ORDER BY i.region_code, i.name, i.id, p.id""")
                .params(region.significantPrefix() + "%", jurisdiction.likePattern(), Date.valueOf(day), Date.valueOf(day),
                        Date.valueOf(day), Date.valueOf(day))
                .query((rs, i) -> new Served(rs.getLong(1), rs.getString(2), InstitutionKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class)))
                .list();
    }

    /** Operating institutions with a rating confirmed by the end of the day, each with its latest such year. */
    public List<Rated> listRated(RegionCode region, LocalDate day, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT ON (i.id) i.id, i.name, i.kind, i.region_code, r.year, r.grade
                        FROM institution i JOIN institution_rating r ON r.institution_id = i.id
                        WHERE\s""" + OPERATING + """
                          AND r.status = 'CONFIRMED' AND r.confirmed_at < ?
                        ORDER BY i.id, r.year DESC""")
                .params(region.significantPrefix() + "%", jurisdiction.likePattern(), Date.valueOf(day), Date.valueOf(day),
                        Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
                .query((rs, i) -> new Rated(rs.getLong(1), rs.getString(2), InstitutionKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getString(6)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Rated::regionCode).thenComparing(Rated::name).thenComparing(Rated::institutionId))
                .toList();
    }
}
