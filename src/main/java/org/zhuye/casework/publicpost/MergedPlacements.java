package org.zhuye.casework.publicpost;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.casework.MergedPersonRecords;
import org.zhuye.casework.MergedRows;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.PersonsMerged;
import org.zhuye.region.Jurisdiction;

/**
 * 公益性岗位 placements follow a merged person. A person holds one placement at a time (placing
 * refuses overlapping terms), so a merged person's placement whose term overlaps one of the kept
 * person's is the same placement entered twice: it is voided with a reason naming the kept one, and
 * so is the employment event its placing recorded (the merge has moved it to the kept person), or the
 * kept person's history would hold the same job twice and "new employment" could count it twice.
 * Placements that do not overlap are separate placements and move as they are, even past the limit
 * on their number.
 */
@Component
// After the tapers (2): their clash rule looks for two standing jobs, and this voids one of them.
@Order(3)
class MergedPlacements implements MergedPersonRecords {

    private final MergedRows rows;
    private final JdbcClient jdbc;
    private final EmploymentHistory employment;

    MergedPlacements(MergedRows rows, JdbcClient jdbc, EmploymentHistory employment) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.employment = employment;
    }

    @Override
    public void move(PersonsMerged merge, Map<String, Integer> counts) {
        List<Long> voided = rows.voidClashing("public_post_placement", "公益性岗位安置",
                "k.start_on <= x.end_on AND k.end_on >= x.start_on", merge);
        List<Long> events = voided.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT e.id FROM public_post_placement x JOIN employment_event e ON e.id = x.employment_event_id
                        WHERE x.id = ANY(?) AND e.voided_at IS NULL ORDER BY e.id""")
                .param(voided.toArray(Long[]::new)).query(Long.class).list();
        for (long event : events) {
            employment.voidRecord(merge.keptId(), event, "人员记录合并：重复登记的公益性岗位安置已作废，此次就业登记随之作废",
                    Jurisdiction.of(merge.regionCode()));
        }
        counts.put("publicPostPlacements", rows.moveAll("public_post_placement", merge));
        counts.put("publicPostPlacementsVoided", voided.size());
        counts.put("publicPostEventsVoided", events.size());
    }
}
