package org.zhuye.training.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.parameter.Evidence;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;

/** The training subsidy for any basis and any valid rule: bounded, monotone, nothing below the threshold. */
class TrainingSubsidyRuleProperties {

    static final LocalDate COMPLETED = LocalDate.of(2025, 6, 30);

    static SubsidyRule rule(Inputs in) {
        return in.of(g -> {
            int special = g.between(0, 100);
            int certificate = g.between(special, 100);
            int full = g.between(certificate, 100);
            return new SubsidyRule("15", LocalDate.of(2019, 1, 1), g.between(0, 100), g.between(0, 12), full, certificate,
                    special, Evidence.U, "测试");
        });
    }

    static Set<CertificateKind> certificates(Inputs in) {
        return in.of(g -> {
            Set<CertificateKind> set = EnumSet.noneOf(CertificateKind.class);
            for (CertificateKind kind : CertificateKind.values()) {
                if (g.bool()) {
                    set.add(kind);
                }
            }
            return set;
        });
    }

    static SubsidyBasis basis(Inputs in, BigDecimal attended, Set<CertificateKind> certificates, LocalDate employedOn) {
        return new SubsidyBasis(CourseKind.VOCATIONAL, new BigDecimal("1500.00"), new BigDecimal("40.0"), attended,
                certificates, COMPLETED, employedOn, employedOn == null ? null : "REGISTRY");
    }

    static SubsidyBasis any(Inputs in) {
        BigDecimal scheduled = in.decimal(BigDecimal.ZERO, new BigDecimal("200"), 1);
        BigDecimal attended = in.decimal(BigDecimal.ZERO, scheduled, 1);
        LocalDate employed = in.bool() ? null : COMPLETED.plusDays(in.between(-400, 400));
        return new SubsidyBasis(in.oneOf(CourseKind.class), in.decimal(BigDecimal.ZERO, new BigDecimal("9999.99"), 2),
                scheduled, attended, certificates(in), COMPLETED, employed, employed == null ? null : "FOLLOWUP");
    }

    @Test
    void neverMoreThanTheStandardNorLessThanNothing() {
        Tries.check(in -> {
            SubsidyBasis basis = any(in);
            var decision = TrainingSubsidyRule.decide(basis, rule(in));
            assertThat(decision.amount()).isBetween(BigDecimal.ZERO, basis.standard());
            assertThat(decision.reasons()).isNotEmpty();
        });
    }

    @Test
    void belowTheAttendanceThresholdAlwaysNothing() {
        Tries.check(in -> {
            SubsidyBasis basis = any(in);
            SubsidyRule rule = rule(in);
            var decision = TrainingSubsidyRule.decide(basis, rule);
            if (basis.attendancePercent().compareTo(BigDecimal.valueOf(rule.minAttendancePercent())) < 0
                    || basis.scheduledHours().signum() == 0) {
                assertThat(decision.level()).isEqualTo(SubsidyLevel.NONE);
                assertThat(decision.amount()).isEqualByComparingTo("0");
            }
        });
    }

    @Test
    void moreAttendanceAnotherCertificateOrAJobNeverLowersTheAmount() {
        Tries.check(in -> {
            SubsidyBasis basis = any(in);
            SubsidyRule rule = rule(in);
            BigDecimal amount = TrainingSubsidyRule.decide(basis, rule).amount();
            BigDecimal more = in.decimal(basis.attendedHours(), basis.scheduledHours(), 1);
            Set<CertificateKind> plus = EnumSet.noneOf(CertificateKind.class);
            plus.addAll(basis.certificates());
            plus.add(in.oneOf(CertificateKind.class));
            SubsidyBasis better = new SubsidyBasis(basis.courseKind(), basis.standard(), basis.scheduledHours(), more,
                    plus, basis.completedOn(), basis.employedOn() != null ? basis.employedOn() : COMPLETED.plusDays(in.between(0, 30)),
                    "FOLLOWUP");
            assertThat(TrainingSubsidyRule.decide(better, rule).amount()).isGreaterThanOrEqualTo(amount);
        });
    }

    @Test
    void theFourTraineesOfTheIssueGetTheirFourLevels() {
        SubsidyRule rule = new SubsidyRule("15", LocalDate.of(2019, 1, 1), 80, 6, 100, 80, 60, Evidence.U, "测试");
        BigDecimal full = new BigDecimal("36.0");
        var job = TrainingSubsidyRule.decide(basis(null, full, EnumSet.of(CertificateKind.SKILL_LEVEL), COMPLETED.plusMonths(2)), rule);
        var certificate = TrainingSubsidyRule.decide(basis(null, full, EnumSet.of(CertificateKind.SKILL_LEVEL), null), rule);
        var special = TrainingSubsidyRule.decide(basis(null, full, EnumSet.of(CertificateKind.SPECIAL), COMPLETED.plusMonths(1)), rule);
        var low = TrainingSubsidyRule.decide(basis(null, new BigDecimal("30.0"), EnumSet.of(CertificateKind.SKILL_LEVEL),
                COMPLETED.plusMonths(1)), rule);
        assertThat(job.level()).isEqualTo(SubsidyLevel.FULL);
        assertThat(job.amount()).isEqualByComparingTo("1500.00");
        assertThat(certificate.level()).isEqualTo(SubsidyLevel.CERTIFICATE);
        assertThat(certificate.amount()).isEqualByComparingTo("1200.00");
        assertThat(special.level()).isEqualTo(SubsidyLevel.SPECIAL);
        assertThat(special.amount()).isEqualByComparingTo("900.00");
        assertThat(low.level()).isEqualTo(SubsidyLevel.NONE);
        assertThat(low.reasons().get(0)).contains("出勤率 75% 低于补贴所需的 80%");
    }

    @Test
    void aJobAfterTheWindowCountsAsNoJobAndAPassCertificateCountsOnlyForPracticalAndStartupCourses() {
        SubsidyRule rule = new SubsidyRule("15", LocalDate.of(2019, 1, 1), 80, 6, 100, 80, 60, Evidence.U, "测试");
        BigDecimal all = new BigDecimal("40.0");
        var late = TrainingSubsidyRule.decide(basis(null, all, EnumSet.of(CertificateKind.QUALIFICATION),
                COMPLETED.plusMonths(6).plusDays(1)), rule);
        assertThat(late.level()).isEqualTo(SubsidyLevel.CERTIFICATE);
        var passOnVocational = TrainingSubsidyRule.decide(basis(null, all, EnumSet.of(CertificateKind.PASS), COMPLETED), rule);
        assertThat(passOnVocational.level()).isEqualTo(SubsidyLevel.NONE);
        var passOnPractical = TrainingSubsidyRule.decide(new SubsidyBasis(CourseKind.PRACTICAL, new BigDecimal("800"), all, all,
                EnumSet.of(CertificateKind.PASS), COMPLETED, null, null), rule);
        assertThat(passOnPractical.level()).isEqualTo(SubsidyLevel.CERTIFICATE);
        assertThat(passOnPractical.amount()).isEqualByComparingTo("640.00");
    }
}
