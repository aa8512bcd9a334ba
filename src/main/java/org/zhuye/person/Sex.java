package org.zhuye.person;

public enum Sex {
    MALE("M", "男"),
    FEMALE("F", "女");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
