package org.zhuye.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Tries;

/** The approval rules of annual reports, over random sequences of actions, without Spring. */
class ReportWorkflowProperties {

    /** Every move a report may make: from → to (a save stays where it is). */
    private static final Set<String> EDGES = Set.of("DRAFT>SUBMITTED", "RETURNED>SUBMITTED", "SUBMITTED>ACCEPTED", "SUBMITTED>RETURNED",
            "ACCEPTED>RETURNED", "ACCEPTED>APPROVED", "APPROVED>RETURNED", "DRAFT>DRAFT", "RETURNED>RETURNED");

    @Test
    void noSequenceOfActionsEditsAnApprovedReportSkipsAStateOrApprovesBeforeTheChildrenAre() {
        Tries.check(500, inputs -> {
            ReportState state = ReportState.DRAFT;
            List<ReportAction> actions = inputs.list(1, 30, in -> in.oneOf(ReportAction.class));
            for (ReportAction action : actions) {
                List<String> pending = inputs.chance(0.3) ? List.of("某某旗", "某某县") : List.of();
                ReportState parent = inputs.chance(0.5) ? null : inputs.oneOf(ReportState.class);
                String comment = inputs.oneOf(null, "", "  ", "请补充下步打算");
                ReportWorkflow workflow = new ReportWorkflow(state, pending, parent, "赤峰市2025年度报告");
                Map<String, String> refusals = workflow.refusals(action, comment);
                if (state == ReportState.APPROVED && action != ReportAction.UNLOCK) {
                    assertThat(refusals).as("an approved report is locked against " + action).containsKey("state");
                    assertThat(refusals.get("state")).contains("上级解锁后才能");
                }
                if ((action == ReportAction.SUBMIT || action == ReportAction.APPROVE) && !pending.isEmpty()) {
                    assertThat(refusals).as("not ready").isNotEmpty();
                }
                if ((action == ReportAction.RETURN || action == ReportAction.UNLOCK) && (comment == null || comment.isBlank())) {
                    assertThat(refusals).as("a return or unlock needs its comment").isNotEmpty();
                }
                if (action == ReportAction.UNLOCK && parent != null && parent.reported()) {
                    assertThat(refusals).as("the parent's report is on its way up").isNotEmpty();
                }
                refusals.values().forEach(m -> assertThat(m).isNotBlank());
                if (refusals.isEmpty()) {
                    ReportState next = workflow.after(action);
                    assertThat(EDGES).as(state + " " + action + " → " + next).contains(state + ">" + next);
                    if (next == ReportState.APPROVED) {
                        assertThat(state).isEqualTo(ReportState.ACCEPTED);
                        assertThat(pending).isEmpty();
                    }
                    state = next;
                }
            }
        });
    }

    @Test
    void aRefusalNamesThePendingCountiesAndEveryProblemAtOnce() {
        ReportWorkflow workflow = new ReportWorkflow(ReportState.ACCEPTED, List.of("某某旗", "某某县"), null, null);
        assertThat(workflow.refusals(ReportAction.APPROVE, null)).containsEntry("children", "下级尚有2个旗县的报告未审核通过：某某旗、某某县");
        ReportWorkflow locked = new ReportWorkflow(ReportState.APPROVED, List.of(), ReportState.SUBMITTED, "赤峰市2025年度报告");
        assertThat(locked.refusals(ReportAction.UNLOCK, " ")).containsKeys("comment", "parent");
        assertThat(locked.refusals(ReportAction.UNLOCK, "数据有误")).containsOnlyKeys("parent");
        assertThat(locked.refusals(ReportAction.UNLOCK, "数据有误").get("parent")).startsWith("赤峰市2025年度报告已上报");
        assertThat(new ReportWorkflow(ReportState.APPROVED, List.of(), ReportState.RETURNED, "赤峰市2025年度报告")
                .refusals(ReportAction.UNLOCK, "数据有误")).isEmpty();
    }

    @Test
    void aCountyIsReadyAtOnceAndReturnsAndUnlocksLeadBackToAnEditableState() {
        assertThat(new ReportWorkflow(ReportState.DRAFT, List.of(), null, null).ready()).isTrue();
        assertThat(new ReportWorkflow(ReportState.SUBMITTED, List.of(), null, null).after(ReportAction.RETURN).editable()).isTrue();
        assertThat(new ReportWorkflow(ReportState.APPROVED, List.of(), null, null).after(ReportAction.UNLOCK).editable()).isTrue();
    }
}
