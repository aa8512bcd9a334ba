package org.zhuye.training;

/** A course's place in its life: application, approval, finish; see V29 {@code course}. */
public enum CourseStatus {
    DRAFT("草稿"),
    SUBMITTED("待审批"),
    RETURNED("已退回"),
    APPROVED("已批准开班"),
    FINISHED("已结业"),
    CANCELLED("已取消");

    private final String label;

    CourseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
