package org.zhuye.person;

import java.util.Arrays;
import java.util.Optional;

/** 证件状态. */
public enum CertificateStatus {
    VALID("有效"),
    EXPIRED("已过期"),
    REVOKED("已注销"),
    DECEASED("已去世");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CertificateStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text) || s.label.equals(text)).findFirst();
    }
}
