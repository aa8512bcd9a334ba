package org.zhuye.training.subsidy;

/** The rate a trainee's subsidy is paid at, best first. */
public enum SubsidyLevel {
    FULL("全额（取得证书并就业）"),
    CERTIFICATE("证书档（取得证书）"),
    SPECIAL("专项能力档（专项职业能力证书）"),
    NONE("不予补贴");

    private final String label;

    SubsidyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
