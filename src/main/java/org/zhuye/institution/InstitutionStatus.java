package org.zhuye.institution;

/** Whether an institution is running; a closed one keeps its records and history. */
public enum InstitutionStatus {
    OPERATING("正常运营"),
    SUSPENDED("暂停服务"),
    CLOSED("已关闭");

    private final String label;

    InstitutionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
