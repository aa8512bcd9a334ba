package org.zhuye.casework.publicpost;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhuye.casework.MergedPersonRecords;
import org.zhuye.casework.MergedRows;
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

    private final MergedRows rows;

    MergedPlacements(MergedRows rows) {
        this.rows = rows;
    }

    @Override
    public void move(PersonsMerged merge, Map<String, Integer> counts) {
        int voided = rows.voidClashing("public_post_placement", "公益性岗位安置",
                "k.start_on <= x.end_on AND k.end_on >= x.start_on", merge);
        counts.put("publicPostPlacements", rows.moveAll("public_post_placement", merge));
        counts.put("publicPostPlacementsVoided", voided);
    }
}
