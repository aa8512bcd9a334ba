package org.zhuye.casework.publicpost;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.MergedPersonRecords;
import org.zhuye.person.PersonsMerged;

/**
 * 公益性岗位 placements follow a merged person. A person holds one placement at a time (placing
 * refuses overlapping terms), so a merged person's placement whose term overlaps one of the kept
 * person's is the same placement entered twice: it is voided with a reason naming the kept one. Its
 * employment event stays in the registry's history, as the merge keeps every event. Placements that
 * do not overlap are separate placements and move as they are, even past the limit on their number.
 */
@Component
@Order(2)
class MergedPlacements implements MergedPersonRecords {

    private final JdbcClient jdbc;

    MergedPlacements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void move(PersonsMerged merge, Map<String, Integer> counts) {
        int voided = jdbc.sql("""
                UPDATE public_post_placement m
                SET voided_at = now(), voided_by = :actor,
                    void_reason = '人员记录合并：与保留记录（人员 ' || :kept || '）的公益性岗位安置（编号 ' || c.kept_placement
                                  || '）期间重叠，以保留记录的安置为准'
                FROM (SELECT x.id, min(k.id) AS kept_placement
                      FROM public_post_placement x
                      JOIN public_post_placement k ON k.person_id = :kept AND k.voided_at IS NULL
                           AND k.start_on <= x.end_on AND k.end_on >= x.start_on
                      WHERE x.person_id = :merged AND x.voided_at IS NULL
                      GROUP BY x.id) c
                WHERE m.id = c.id
                """)
                .param("actor", AuditTrail.currentActor())
                .param("kept", merge.keptId())
                .param("merged", merge.mergedId())
                .update();
        int moved = jdbc.sql("UPDATE public_post_placement SET person_id = ? WHERE person_id = ?")
                .params(merge.keptId(), merge.mergedId()).update();
        counts.put("publicPostPlacements", moved);
        counts.put("publicPostPlacementsVoided", voided);
    }
}
