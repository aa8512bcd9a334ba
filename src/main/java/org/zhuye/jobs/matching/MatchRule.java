package org.zhuye.jobs.matching;

/** The hard filters: a pair that breaks any of them is not a match, whatever its score. */
public enum MatchRule {
    PROFILE("已登记就业能力与意愿档案"),
    POSTING_OPEN("岗位在招"),
    DEMAND("身体要求不超过本人能力"),
    NEEDS("岗位提供本人需要的支持"),
    WORK_MODE("本人接受岗位的工作方式"),
    HOURS("工时不超过本人每周最多工时"),
    TRAVEL("工作地点在本人可到达的范围内"),
    WORKING_AGE("处于就业年龄段"),
    NOT_IN_WORK("未就业或希望换工作"),
    CERTIFICATE("残疾人证有效"),
    NO_RECOMMENDATION("本人同意被推荐");

    private final String label;

    MatchRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
