package org.zhuye.casework.plan;

/** Who a plan is for: a disabled university student (with school and graduation year) or any hard case. */
public enum PlanKind {
    STUDENT("残疾人大学生"),
    HARD_CASE("就业困难个案");

    private final String label;

    PlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
