package org.zhuye.jobs.referral;

/** How a referral began: staff put the person forward, the person applied, or an intent at a fair. */
public enum ReferralSource {
    STAFF("工作人员推介"),
    APPLIED("本人申请"),
    FAIR("招聘会意向");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
