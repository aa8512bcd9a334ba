package org.zhuye.casework;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.PersonsMerged;

/**
 * The two moves the {@link MergedPersonRecords} make on their tables (each with {@code id},
 * {@code person_id} and, where rows can clash, {@code voided_at}, {@code voided_by},
 * {@code void_reason}). Table names and conditions are the callers' constants, never input.
 */
@Component
public class MergedRows {

    private final JdbcClient jdbc;

    MergedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves every row of the merged person to the kept one, voided or closed ones too; how many. */
    public int moveAll(String table, PersonsMerged merge) {
        return jdbc.sql("UPDATE " + table + " SET person_id = ? WHERE person_id = ?")
                .params(merge.keptId(), merge.mergedId()).update();
    }

    /**
     * Voids the merged person's standing rows that clash with one of the kept person's standing rows,
     * with a reason naming that row; answers the ids of the rows voided.
     *
     * @param label what a row is, in the reason (公益性岗位安置, 低保渐退)
     * @param clash the condition on {@code x} (the merged person's row) and {@code k} (the kept person's)
     */
    public List<Long> voidClashing(String table, String label, String clash, PersonsMerged merge) {
        return jdbc.sql("""
                UPDATE %1$s m
                SET voided_at = now(), voided_by = :actor,
                    void_reason = '人员记录合并：与保留记录（人员 ' || :kept || '）的%2$s（编号 ' || c.kept_row
                                  || '）期间重叠，以保留记录为准'
                FROM (SELECT x.id, min(k.id) AS kept_row
                      FROM %1$s x JOIN %1$s k ON k.person_id = :kept AND k.voided_at IS NULL AND (%3$s)
                      WHERE x.person_id = :merged AND x.voided_at IS NULL
                      GROUP BY x.id) c
                WHERE m.id = c.id
                RETURNING m.id
                """.formatted(table, label, clash))
                .param("actor", AuditTrail.currentActor())
                .param("kept", merge.keptId())
                .param("merged", merge.mergedId())
                .query(Long.class).list();
    }
}
