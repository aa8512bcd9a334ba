package org.zhuye.training;

/**
 * Kinds of course. 职业技能培训 and (农村)实用技术培训 are the plan's own words and count towards its
 * 30,000 person-times; 创业培训, 岗位技能提升 and 盲人按摩培训 are standard terms not confirmed in a CDPF
 * form (rules.md §4.3), kept as kinds so they can be counted apart.
 */
public enum CourseKind {
    VOCATIONAL("职业技能培训"),
    PRACTICAL("实用技术培训"),
    STARTUP("创业培训"),
    UPSKILL("岗位技能提升培训"),
    MASSAGE("盲人按摩培训");

    private final String label;

    CourseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
