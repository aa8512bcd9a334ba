package org.zhuye.training.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.employer.Industry;
import org.zhuye.employer.TestCreditCodes;

/** The business form's own rules, every problem at once, in Chinese. */
class BusinessInputTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-05");

    /** A valid 个体工商户 code (92…) of 红山区. */
    static String individualCode(String seq) {
        return TestCreditCodes.of("92150402" + seq.substring(1));
    }

    static BusinessInput valid() {
        return new BusinessInput("12", "INDIVIDUAL", "草原奶茶店", individualCode("MA0000001"), "H", "2025-03-01",
                "150402001001", "红山区某路1号", "3", "1", null, null, null);
    }

    @Test
    void aCompleteInputGivesItsData() {
        var v = valid().validate(TODAY);
        assertThat(v.errors()).isEmpty();
        assertThat(v.data().kind()).isEqualTo(BusinessKind.INDIVIDUAL);
        assertThat(v.data().industry()).isEqualTo(Industry.H);
        assertThat(v.data().jobsCreated()).isEqualTo(3);
        assertThat(v.data().incubatorId()).isNull();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var v = new BusinessInput("", "SHOP", " ", "123", "Z", "2027-01-01", "1504", "", "-1", "x", null, "2025-01-01", null)
                .validate(TODAY);
        assertThat(v.ok()).isFalse();
        assertThat(v.errors()).containsOnlyKeys("personId", "kind", "name", "creditCode", "industry", "startedOn",
                "regionCode", "address", "jobsCreated", "jobsForDisabled", "incubatorId");
        assertThat(v.errors().get("startedOn")).isEqualTo("成立日期不能晚于今天");
        assertThat(v.errors().get("regionCode")).contains("旗县区或以下");
        assertThat(v.errors().get("incubatorId")).contains("请选择孵化基地");
    }

    @Test
    void otherDisabledWorkersCannotOutnumberTheJobsCreated() {
        var v = new BusinessInput("12", "INDIVIDUAL", "店", individualCode("MA0000002"), "F", "2025-03-01", "150402000000",
                "地址", "2", "3", null, null, null).validate(TODAY);
        assertThat(v.errors()).containsOnlyKeys("jobsForDisabled");
        assertThat(v.errors().get("jobsForDisabled")).contains("不能多于带动就业人数（2）");
    }

    @Test
    void aSmallEnterpriseNeedsAnEnterpriseCode() {
        var v = new BusinessInput("12", "SMALL", "公司", individualCode("MA0000003"), "F", "2025-03-01", "150402000000",
                "地址", "2", "0", null, null, null).validate(TODAY);
        assertThat(v.errors()).containsOnlyKeys("creditCode");
        assertThat(v.errors().get("creditCode")).contains("应以 91 开头");
    }

    @Test
    void anIncubatorNeedsItsMoveInDateAndAMoveOutNotBeforeIt() {
        var v = new BusinessInput("12", "INDIVIDUAL", "店", individualCode("MA0000004"), "F", "2025-03-01", "150402000000",
                "地址", "1", "0", "7", null, null).validate(TODAY);
        assertThat(v.errors()).containsOnlyKeys("incubatedFrom");
        var w = new BusinessInput("12", "INDIVIDUAL", "店", individualCode("MA0000004"), "F", "2025-03-01", "150402000000",
                "地址", "1", "0", "7", "2025-04-01", "2025-03-01").validate(TODAY);
        assertThat(w.errors()).containsOnlyKeys("incubatedUntil");
    }

    @Test
    void aLoanNamesEveryBadField() {
        var v = new LoanInput("", "0", "40", "0", "2024-01-01").validate(LocalDate.parse("2025-01-01"), TODAY);
        assertThat(v.errors()).containsOnlyKeys("bank", "amount", "annualRate", "termMonths", "loanStartedOn");
        assertThat(v.errors().get("loanStartedOn")).contains("不能早于创业实体成立日期");
    }
}
