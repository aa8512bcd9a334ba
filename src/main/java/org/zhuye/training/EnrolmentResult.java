package org.zhuye.training;

/**
 * How an enrolment ended. PASSED and FAILED are completed enrolments — one person-time (人次) each,
 * as the plan counts training done rather than training passed; WITHDRAWN is not.
 */
public enum EnrolmentResult {
    PASSED("合格", true),
    FAILED("不合格", true),
    WITHDRAWN("中途退出", false);

    private final String label;
    private final boolean completed;

    EnrolmentResult(String label, boolean completed) {
        this.label = label;
        this.completed = completed;
    }

    public String label() {
        return label;
    }

    public boolean completed() {
        return completed;
    }
}
