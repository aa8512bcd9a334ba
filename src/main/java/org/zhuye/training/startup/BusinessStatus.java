package org.zhuye.training.startup;

/** Whether a business still operates; a closed one keeps its date of closing. */
public enum BusinessStatus {
    OPERATING("经营中"),
    CLOSED("已注销");

    private final String label;

    BusinessStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
