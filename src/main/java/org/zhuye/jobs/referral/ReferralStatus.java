package org.zhuye.jobs.referral;

/** The funnel: 推介 → 已投递 → 面试 → 录用 / 未录用 (reason) / 本人放弃. The last three end it. */
public enum ReferralStatus {
    REFERRED("推介"),
    DELIVERED("已投递"),
    INTERVIEW("面试"),
    HIRED("录用"),
    REJECTED("未录用"),
    DECLINED("本人放弃");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == HIRED || this == REJECTED || this == DECLINED;
    }
}
