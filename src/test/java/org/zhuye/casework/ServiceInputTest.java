package org.zhuye.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final CaseworkCodes CODES = new CaseworkCodes(Map.of(
            CaseworkCodes.SERVICE_KIND, List.of(new CaseworkCodes.Code("VERIFICATION", "基础信息核对", true),
                    new CaseworkCodes.Code("SERVICE", "就业服务", true)),
            "verification_outcome", List.of(new CaseworkCodes.Code("CONFIRMED", "信息无误", true)),
            "service_outcome", List.of(new CaseworkCodes.Code("EMPLOYED", "已实现就业", true),
                    new CaseworkCodes.Code("OLD", "旧结果", false)),
            CaseworkCodes.EMPLOYMENT_SERVICE_TYPE, List.of(new CaseworkCodes.Code("GUIDANCE", "职业指导", true))));

    @Test
    void aBlankFormNamesEveryMissingField() {
        var validated = new ServiceInput("VERIFICATION", "", " ", "", null, null, null, null, null, null)
                .validate(CODES, TODAY, LocalDate.of(1990, 1, 1));
        assertThat(validated.ok()).isFalse();
        assertThat(validated.errors()).containsOnlyKeys("servedOn", "deliveredBy", "content", "outcome");
        assertThat(validated.errors().get("outcome")).isEqualTo("请选择基础信息核对的结果");
    }

    @Test
    void aServiceCannotBeDatedAfterTodayOrBeforeBirth() {
        assertThat(input("VERIFICATION", "2026-06-02", "CONFIRMED", null).validate(CODES, TODAY, LocalDate.of(1990, 1, 1))
                .errors()).containsEntry("servedOn", "服务日期不能晚于今天（2026-06-01）");
        assertThat(input("VERIFICATION", "1989-12-31", "CONFIRMED", null).validate(CODES, TODAY, LocalDate.of(1990, 1, 1))
                .errors()).containsEntry("servedOn", "服务日期不能早于本人出生日期");
    }

    @Test
    void anEmploymentServiceNeedsAnOfferedTypeAndOutcome() {
        var validated = input("SERVICE", "2026-05-01", "OLD", "NOPE").validate(CODES, TODAY, null);
        assertThat(validated.errors()).containsOnlyKeys("outcome", "serviceType");
    }

    @Test
    void onlyAServiceEndingInAJobCarriesJobDetailsAndThenRecordsTheMoveIntoWork() {
        var verification = new ServiceInput("VERIFICATION", "2026-05-01", "乌云", "入户核对", "CONFIRMED", null,
                "灵活就业", null, null, null).validate(CODES, TODAY, null);
        assertThat(verification.errors()).containsKey("jobForm");

        var job = new ServiceInput("SERVICE", "2026-05-01", "乌云", "推荐到超市", "EMPLOYED", "GUIDANCE",
                "灵活就业", "东胜某超市", "理货员", "2600").validate(CODES, TODAY, null);
        assertThat(job.ok()).isTrue();
        assertThat(job.service().job().employed()).isEqualTo("是");
        assertThat(job.service().job().effectiveOn()).isEqualTo("2026-05-01");
        assertThat(job.service().job().employerName()).isEqualTo("东胜某超市");
    }

    private static ServiceInput input(String kind, String date, String outcome, String type) {
        return new ServiceInput(kind, date, "乌云", "内容", outcome, type, null, null, null, null);
    }
}
