package org.zhuye.institution;

/**
 * The kinds of service institution the 2022 plan names for 等级评定 and 奖补, plus the employment
 * service agencies and the start-up incubators. Stored by name in {@code institution.kind}.
 */
public enum InstitutionKind {
    SHELTERED_WORKSHOP("辅助性就业机构"),
    CARE_HOME("残疾人托养机构"),
    TRAINING_BASE("残疾人职业培训基地"),
    MASSAGE("盲人按摩机构"),
    WARM_HOME("温馨家园"),
    HERITAGE_STUDIO("残疾人非遗工作室"),
    EMPLOYMENT_SERVICE("残疾人就业服务机构"),
    INCUBATOR("残疾人创业孵化基地");

    private final String label;

    InstitutionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
