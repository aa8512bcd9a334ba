package org.zhuye.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * What other modules may read of a person's 四个一 forms without reaching into casework's
 * sub-packages: the latest assessment not voided (its five function scores 0–4 and ability level)
 * and the occupations of the current job demand. The jobs module prefills a work profile from them
 * and scores matches by the level.
 */
@Service
@JurisdictionScoped
public class LatestAssessment {

    private final JdbcClient jdbc;

    LatestAssessment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The five function items of the latest assessment (0 完全不能 … 4 无明显受限) and its level (1 strongest … 4). */
    public record Scores(long serviceId, LocalDate assessedOn, int physical, int sensory, int cognition, int dailyLiving,
                         int workSkills, int level) {
    }

    public Optional<Scores> find(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                        SELECT a.service_id, s.served_on, a.physical, a.sensory, a.cognition, a.daily_living, a.work_skills, a.level
                        FROM casework_assessment a JOIN casework_service s ON s.id = a.service_id JOIN person p ON p.id = s.person_id
                        WHERE s.person_id = ? AND s.voided_at IS NULL AND p.region_code LIKE ?
                        ORDER BY s.served_on DESC, s.id DESC LIMIT 1""")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> new Scores(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .optional();
    }

    /** The 大典 codes of the current job demand (latest not voided), up to three; empty when there is none. */
    public List<String> findDemandOccupations(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                        SELECT d.occupations FROM casework_demand d JOIN casework_service s ON s.id = d.service_id
                        JOIN person p ON p.id = s.person_id
                        WHERE s.person_id = ? AND s.voided_at IS NULL AND p.region_code LIKE ?
                        ORDER BY s.served_on DESC, s.id DESC LIMIT 1""")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> List.of((String[]) rs.getArray(1).getArray()))
                .optional().orElse(List.of());
    }

    /** The level (1..4) of each person's latest assessment not voided, for {@code ids} or everyone when null. */
    @OutsideJurisdiction("the matching index holds every seeker; each answer filters by the caller's jurisdiction")
    public Map<Long, Integer> levelsOf(java.util.Collection<Long> ids) {
        String sql = """
                SELECT DISTINCT ON (s.person_id) s.person_id, a.level
                FROM casework_assessment a JOIN casework_service s ON s.id = a.service_id
                WHERE s.voided_at IS NULL""" + (ids == null ? "" : " AND s.person_id = ANY(?)")
                + " ORDER BY s.person_id, s.served_on DESC, s.id DESC";
        Map<Long, Integer> levels = new HashMap<>();
        var statement = jdbc.sql(sql);
        if (ids != null) {
            statement = statement.param(ids.toArray(Long[]::new));
        }
        statement.query((java.sql.ResultSet rs) -> {
            levels.put(rs.getLong(1), rs.getInt(2));
        });
        return levels;
    }
}
