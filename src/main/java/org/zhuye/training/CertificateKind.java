package org.zhuye.training;

/**
 * Kinds of certificate a course can lead to. Levels apply to 职业技能等级证书 only, on the national
 * five-level scale where 5 is 初级 and 1 is 高级技师.
 */
public enum CertificateKind {
    QUALIFICATION("职业资格证书"),
    SKILL_LEVEL("职业技能等级证书"),
    SPECIAL("专项职业能力证书"),
    PASS("培训合格证书");

    private static final String[] LEVELS = {"", "一级/高级技师", "二级/技师", "三级/高级工", "四级/中级工", "五级/初级工"};

    private final String label;

    CertificateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "职业技能等级证书（四级/中级工）", or the kind alone. */
    public String labelWith(Integer level) {
        return level == null ? label : label + "（" + LEVELS[level] + "）";
    }
}
