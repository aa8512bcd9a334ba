package org.zhuye.casework.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.casework.MergedPersonRecords;
import org.zhuye.casework.MergedRows;
import org.zhuye.person.PersonsMerged;

/**
 * 一人一策 plans follow a merged person. One person has one plan in progress: when both records
 * have one, the kept person's goes on and the merged person's open plans are closed with the merge
 * as their outcome (a closed plan keeps its goals and reviews, and shows in the ledger as closed).
 */
@Component
@Order(1)
class MergedPlans implements MergedPersonRecords {

    private final JdbcClient jdbc;
    private final MergedRows rows;

    MergedPlans(JdbcClient jdbc, MergedRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public void move(PersonsMerged merge, Map<String, Integer> counts) {
        List<Long> keptOpen = jdbc.sql("SELECT id FROM casework_plan WHERE person_id = ? AND closed_on IS NULL ORDER BY id")
                .param(merge.keptId()).query(Long.class).list();
        int closed = 0;
        if (!keptOpen.isEmpty()) {
            String outcome = "人员记录合并：重复记录（人员 " + merge.mergedId() + "）已并入人员 " + merge.keptId()
                    + "，以其进行中的帮扶计划（编号 " + keptOpen.stream().map(String::valueOf).collect(Collectors.joining("、"))
                    + "）为准，本计划随之结束";
            closed = jdbc.sql("UPDATE casework_plan SET closed_on = ?, outcome = ? WHERE person_id = ? AND closed_on IS NULL")
                    .params(Date.valueOf(LocalDate.now()), outcome, merge.mergedId()).update();
        }
        counts.put("plans", rows.moveAll("casework_plan", merge));
        counts.put("plansClosed", closed);
    }
}
