package org.zhuye.casework.dibao;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhuye.casework.MergedPersonRecords;
import org.zhuye.casework.MergedRows;
import org.zhuye.person.PersonsMerged;

/**
 * 低保渐退 tapers follow a merged person. A taper belongs to one move into work; two standing tapers
 * of one person over the same days are one job entered on both records, and the household's 低保
 * would be tapered twice. The kept person's taper stands; the merged person's overlapping one is
 * voided with a reason naming it. Tapers of other times, or whose job was voided (already out of
 * the lists), move as they are.
 */
@Component
@Order(2)
class MergedTapers implements MergedPersonRecords {

    /** Both periods overlap and both jobs still stand. */
    private static final String CLASH = """
            k.work_started_on < x.ends_on AND x.work_started_on < k.ends_on
            AND EXISTS (SELECT 1 FROM employment_event e WHERE e.id = x.employment_event_id AND e.voided_at IS NULL)
            AND EXISTS (SELECT 1 FROM employment_event e WHERE e.id = k.employment_event_id AND e.voided_at IS NULL)""";

    private final MergedRows rows;

    MergedTapers(MergedRows rows) {
        this.rows = rows;
    }

    @Override
    public void move(PersonsMerged merge, Map<String, Integer> counts) {
        int voided = rows.voidClashing("dibao_taper", "低保渐退", CLASH, merge).size();
        counts.put("dibaoTapers", rows.moveAll("dibao_taper", merge));
        counts.put("dibaoTapersVoided", voided);
    }
}
