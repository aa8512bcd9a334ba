package org.zhuye.audit;

import java.util.Arrays;

/** What can be recorded. The names are stored; the labels are shown. */
public enum AuditAction {
    LOGIN_SUCCEEDED("登录成功"),
    LOGIN_FAILED("登录失败"),
    ACCOUNT_LOCKED("账号锁定"),
    LOGOUT("退出登录"),
    PASSWORD_CHANGED("修改密码"),
    PASSWORD_RESET("重置密码"),
    USER_CREATED("创建用户"),
    USER_UPDATED("修改用户"),
    USER_UNLOCKED("解除锁定"),
    TOKEN_ISSUED("签发接口令牌"),
    TOKEN_REVOKED("吊销接口令牌"),
    REGIONS_IMPORTED("导入区划"),
    PERSON_REGISTERED("登记人员"),
    PERSON_UPDATED("修改人员信息"),
    SENSITIVE_REVEALED("查看完整证件号或电话"),
    EMPLOYMENT_RECORDED("登记就业状况"),
    EMPLOYMENT_VOIDED("作废就业状况记录"),
    CHANGE_REQUESTED("提交修改申请"),
    CHANGE_APPROVED("批准修改申请"),
    CHANGE_REJECTED("驳回修改申请"),
    DUPLICATE_DISMISSED("排除疑似重复"),
    DUPLICATE_MERGED("合并重复人员"),
    HOUSEHOLD_CHANGED("变更家庭信息"),
    PERSONS_IMPORTED("批量导入人员"),
    PERSONS_EXPORTED("导出人员（含完整证件号和电话）"),
    EMPLOYER_REGISTERED("登记用人单位"),
    EMPLOYER_UPDATED("修改用人单位信息"),
    DECLARATION_CREATED("新建按比例就业年审申报"),
    DECLARATION_UPDATED("修改年审申报"),
    DECLARATION_SUBMITTED("提交年审申报"),
    DECLARATION_RETURNED("退回年审申报"),
    DECLARATION_CONFIRMED("确认年审申报"),
    EMPLOYER_ACCOUNT_LINKED("绑定单位账号"),
    EMPLOYER_ACCOUNT_UNLINKED("解除单位账号绑定"),
    CASEWORK_SERVICE_RECORDED("登记“四个一”服务"),
    CASEWORK_SERVICE_VOIDED("作废“四个一”服务记录"),
    CASEWORK_LIST_EXPORTED("导出“四个一”工作清单"),
    CASEWORK_ASSESSMENT_RECORDED("登记职业能力评估表"),
    CASEWORK_DEMAND_RECORDED("登记就业需求登记表"),
    CASEWORK_FOLLOWUP_RECORDED("登记就业后跟踪回访"),
    PUBLIC_POST_PLACED("登记公益性岗位安置"),
    PUBLIC_POST_VOIDED("作废公益性岗位安置"),
    PUBLIC_POST_OUTCOME_RECORDED("确认公益性岗位期满去向"),
    DIBAO_TAPER_STARTED("登记低保渐退期"),
    CASEWORK_PLAN_CREATED("建立一人一策帮扶计划"),
    CASEWORK_PLAN_REVIEWED("复核一人一策帮扶计划"),
    CASEWORK_PLAN_CLOSED("结束一人一策帮扶计划"),
    CASEWORK_MERGED("合并重复人员时转移服务与帮扶记录"),
    PARAMETER_ADDED("添加规则参数"),
    PARAMETER_ENDED("结束规则参数的有效期"),
    JOB_POSTING_CREATED("新建招聘岗位"),
    JOB_POSTING_UPDATED("修改招聘岗位"),
    JOB_POSTING_SUBMITTED("提交招聘岗位审核"),
    JOB_POSTING_PUBLISHED("审核发布招聘岗位"),
    JOB_POSTING_RETURNED("退回招聘岗位"),
    JOB_POSTING_CLOSED("关闭招聘岗位"),
    WORK_PROFILE_RECORDED("登记就业能力与意愿档案"),
    JOB_REFERRAL_CREATED("岗位推介"),
    JOB_REFERRAL_STEP("记录岗位推介进展"),
    JOB_FAIR_CREATED("新建专场招聘会"),
    JOB_FAIR_UPDATED("修改专场招聘会"),
    JOB_FAIR_EMPLOYER_ADDED("招聘会登记参会单位"),
    JOB_FAIR_PERSON_REGISTERED("招聘会报名"),
    JOB_FAIR_CHECKED_IN("招聘会签到"),
    JOB_FAIR_INTENT_RECORDED("招聘会登记求职意向"),
    JOB_FAIR_CALLBACK_RECORDED("招聘会意向回访"),
    PERSON_ACCOUNT_BOUND("绑定本人账号"),
    PERSON_ACCOUNT_UNBOUND("解除本人账号绑定"),
    PERSON_BINDING_FAILED("本人账号绑定核验未通过"),
    JOBS_MERGED("合并重复人员时转移求职档案、推介与招聘会记录");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String labelOf(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst()
                .map(AuditAction::label).orElse(name);
    }
}
