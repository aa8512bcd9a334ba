package org.zhuye.training.startup;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the owner registered: 个体工商户 or 小微企业. Their credit codes differ in the registration
 * authority and category (GB 32100: 92 个体工商户, 91 企业), which the input checks.
 */
public enum BusinessKind {
    INDIVIDUAL("个体工商户", "92"),
    SMALL("小微企业", "91");

    private final String label;
    private final String codePrefix;

    BusinessKind(String label, String codePrefix) {
        this.label = label;
        this.codePrefix = codePrefix;
    }

    public String label() {
        return label;
    }

    String codePrefix() {
        return codePrefix;
    }

    static Optional<BusinessKind> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equals(text.strip()) || k.label.equals(text.strip())).findFirst();
    }
}
