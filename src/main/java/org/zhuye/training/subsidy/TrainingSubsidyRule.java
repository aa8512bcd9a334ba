package org.zhuye.training.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;

/**
 * The training subsidy of one completed trainee, pure. In order:
 * <ol>
 * <li>attendance below the rule's threshold (attended ÷ recorded session hours): nothing;</li>
 * <li>a vocational certificate (职业资格 or 职业技能等级; for 实用技术 and 创业培训, whose courses end in a
 *     培训合格证书, that one too) and a job begun no later than the rule's months after completion: full rate;</li>
 * <li>such a certificate without the job: the certificate rate;</li>
 * <li>a 专项职业能力证书 only: the special rate, job or not (the certificate, not the job, is what it pays);</li>
 * <li>otherwise — a 培训合格证书 alone on a 职业技能/岗位提升/盲人按摩 course, or no certificate — nothing.</li>
 * </ol>
 * The amount is the rate's percent of the course's 补贴标准, rounded down to the fen, so it never exceeds
 * the standard; since the rule's rates fall from full to special, more attendance, more certificates or
 * a job never lower it.
 */
public final class TrainingSubsidyRule {

    /** Kinds whose course leads to a 培训合格证书 that counts as their certificate. */
    static final Set<CourseKind> PASS_CERTIFIES = EnumSet.of(CourseKind.PRACTICAL, CourseKind.STARTUP);

    public record Decision(SubsidyLevel level, int percent, BigDecimal amount, List<String> reasons) {
    }

    private TrainingSubsidyRule() {
    }

    public static Decision decide(SubsidyBasis basis, SubsidyRule rule) {
        List<String> reasons = new ArrayList<>();
        BigDecimal attendance = basis.attendancePercent();
        if (basis.scheduledHours().signum() == 0) {
            reasons.add("未记录课次，出勤无法核定");
            return none(reasons);
        }
        if (attendance.compareTo(BigDecimal.valueOf(rule.minAttendancePercent())) < 0) {
            reasons.add("出勤率 " + attendance.stripTrailingZeros().toPlainString() + "% 低于补贴所需的 "
                    + rule.minAttendancePercent() + "%");
            return none(reasons);
        }
        reasons.add("出勤率 " + attendance.stripTrailingZeros().toPlainString() + "%，达到 " + rule.minAttendancePercent() + "%");
        boolean certified = basis.certificates().contains(CertificateKind.QUALIFICATION)
                || basis.certificates().contains(CertificateKind.SKILL_LEVEL)
                || (PASS_CERTIFIES.contains(basis.courseKind()) && basis.certificates().contains(CertificateKind.PASS));
        boolean employed = basis.employedOn() != null
                && !basis.employedOn().isAfter(basis.completedOn().plusMonths(rule.employmentMonths()));
        if (certified && employed) {
            reasons.add("取得证书，且结业后 " + rule.employmentMonths() + " 个月内就业（" + basis.employedOn() + "起）");
            return decision(SubsidyLevel.FULL, rule.fullPercent(), basis, reasons);
        }
        if (certified) {
            reasons.add("取得证书，结业后 " + rule.employmentMonths() + " 个月内未见就业");
            return decision(SubsidyLevel.CERTIFICATE, rule.certificatePercent(), basis, reasons);
        }
        if (basis.certificates().contains(CertificateKind.SPECIAL)) {
            reasons.add("取得专项职业能力证书");
            return decision(SubsidyLevel.SPECIAL, rule.specialPercent(), basis, reasons);
        }
        reasons.add(PASS_CERTIFIES.contains(basis.courseKind()) ? "未取得证书"
                : "未取得职业资格、职业技能等级或专项职业能力证书（" + basis.courseKind().label() + "须有其一）");
        return none(reasons);
    }

    private static Decision decision(SubsidyLevel level, int percent, SubsidyBasis basis, List<String> reasons) {
        BigDecimal amount = basis.standard().multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        reasons.add("按补贴标准 " + basis.standard().toPlainString() + " 元的 " + percent + "% 计 " + amount.toPlainString() + " 元");
        return new Decision(level, percent, amount, List.copyOf(reasons));
    }

    private static Decision none(List<String> reasons) {
        return new Decision(SubsidyLevel.NONE, 0, new BigDecimal("0.00"), List.copyOf(reasons));
    }
}
