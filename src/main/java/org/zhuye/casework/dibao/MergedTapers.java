package org.zhuye.casework.dibao;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.MergedPersonRecords;
import org.zhuye.person.PersonsMerged;

/**
 * 低保渐退 tapers follow a merged person. A taper belongs to one move into work; two standing tapers
 * of one person over the same days are one job entered on both records, and the household's 低保
 * would be tapered twice. The kept person's taper stands; the merged person's overlapping one is
 * voided with a reason naming it. Tapers of other times, or whose job was voided (already out of
 * the lists), move as they are.
 */
@Component
@Order(3)
class MergedTapers implements MergedPersonRecords {

    private final JdbcClient jdbc;

    MergedTapers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void move(PersonsMerged merge, Map<String, Integer> counts) {
        int voided = jdbc.sql("""
                UPDATE dibao_taper m
                SET voided_at = now(), voided_by = :actor,
                    void_reason = '人员记录合并：与保留记录（人员 ' || :kept || '）的低保渐退（编号 ' || c.kept_taper
                                  || '）期间重叠，以保留记录为准'
                FROM (SELECT x.id, min(k.id) AS kept_taper
                      FROM dibao_taper x
                      JOIN employment_event xe ON xe.id = x.employment_event_id AND xe.voided_at IS NULL
                      JOIN dibao_taper k ON k.person_id = :kept AND k.voided_at IS NULL
                           AND k.work_started_on < x.ends_on AND x.work_started_on < k.ends_on
                      JOIN employment_event ke ON ke.id = k.employment_event_id AND ke.voided_at IS NULL
                      WHERE x.person_id = :merged AND x.voided_at IS NULL
                      GROUP BY x.id) c
                WHERE m.id = c.id
                """)
                .param("actor", AuditTrail.currentActor())
                .param("kept", merge.keptId())
                .param("merged", merge.mergedId())
                .update();
        int moved = jdbc.sql("UPDATE dibao_taper SET person_id = ? WHERE person_id = ?")
                .params(merge.keptId(), merge.mergedId()).update();
        counts.put("dibaoTapers", moved);
        counts.put("dibaoTapersVoided", voided);
    }
}
