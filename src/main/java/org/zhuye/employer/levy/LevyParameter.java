package org.zhuye.employer.levy;

/** The names of table {@code levy_parameter}'s rows, with what each means in Chinese. */
public enum LevyParameter {
    QUOTA_RATIO("安排残疾人就业比例", true),
    SOCIAL_AVERAGE_WAGE("当地社会平均工资（元）", false),
    WAGE_CAP_MULTIPLE("年平均工资上限（社会平均工资的倍数）", true),
    ENTERPRISE_EXEMPTION_MAX_STAFF("企业暂免征收的在职职工人数上限（含）", true),
    TIER_RATIO("分档减征的比例界限（含）", true),
    TIER_FACTOR_AT_OR_ABOVE("达到分档界限但未达到规定比例时的征收比例", true),
    TIER_FACTOR_BELOW("低于分档界限时的征收比例", true),
    HEADCOUNT_ROUNDING("年平均在职职工人数取整方式", true),
    DOUBLE_COUNT_MAX_GRADE("按2人计算的残疾等级上限（含）", true),
    DOUBLE_COUNT_CATEGORIES("不论等级均按2人计算的残疾类别", true),
    PART_YEAR_COUNTING("不满一年的残疾职工计算方式", true);

    private final String label;
    private final boolean required;

    LevyParameter(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a year cannot be computed at all without it. The social average wage may instead
     * come with the declaration, so its absence is reported only when it is needed.
     */
    public boolean required() {
        return required;
    }
}
