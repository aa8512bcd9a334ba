package org.zhuye.jobs;

/** The contract a job offers. */
public enum ContractType {
    FIXED_TERM("固定期限劳动合同"),
    OPEN_ENDED("无固定期限劳动合同"),
    PART_TIME("非全日制用工"),
    SERVICE("劳务协议"),
    NONE("无合同");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
