package org.zhuye.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.institution.registry.InstitutionInput;

class InstitutionInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String GOOD_CODE = TestCreditCodes.of("9115040212345678");

    /** The good code with its check character changed. */
    private static String badCode() {
        char last = GOOD_CODE.charAt(17);
        return GOOD_CODE.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    private static InstitutionInput valid() {
        return new InstitutionInput("WARM_HOME", "红山区桥北温馨家园", GOOD_CODE, "150402001001", "桥北街道1号",
                "40", List.of("ENTRANCE", "盲道"), "乌兰", "13900001111", "2020-03-01");
    }

    @Test
    void aCompleteInstitutionIsAccepted() {
        var validated = valid().validate(TODAY);
        assertThat(validated.errors()).isEmpty();
        assertThat(validated.data().kind()).isEqualTo(InstitutionKind.WARM_HOME);
        assertThat(validated.data().accessibility()).containsExactly(Accessibility.ENTRANCE, Accessibility.TACTILE_PATH);
        assertThat(validated.data().capacity()).isEqualTo(40);
    }

    @Test
    void theCreditCodeAndContactAreOptional() {
        var input = new InstitutionInput("温馨家园", "嘎查温馨家园", "", "150402001001", "嘎查", "0", null, null, null, "2020-03-01");
        assertThat(input.validate(TODAY).errors()).isEmpty();
        assertThat(input.validate(TODAY).data().creditCode()).isNull();
    }

    @Test
    void everyBadFieldIsNamedAtOnceInChinese() {
        var input = new InstitutionInput("FACTORY", " ", badCode(), "150400000000", "",
                "100001", List.of("ENTRANCE", "电梯井"), "乌".repeat(51), "12345", "2026-06-02");
        var errors = input.validate(TODAY).errors();
        assertThat(errors).containsOnlyKeys("kind", "name", "creditCode", "regionCode", "address", "capacity",
                "accessibility", "contactName", "contactPhone", "openedOn");
        assertThat(errors.get("kind")).contains("机构类型须为");
        assertThat(errors.get("name")).contains("不能为空");
        assertThat(errors.get("regionCode")).contains("旗县级或以下");
        assertThat(errors.get("capacity")).contains("0至100000");
        assertThat(errors.get("accessibility")).contains("电梯井");
        assertThat(errors.get("contactName")).contains("50");
        assertThat(errors.get("contactPhone")).contains("手机号");
        assertThat(errors.get("openedOn")).contains("不能晚于今天");
    }

    @Test
    void capacityAndDatesMustBeNumbersAndDates() {
        var input = new InstitutionInput("CARE_HOME", "托养中心", null, "150402000000", "地址", "-1", List.of(), null, null,
                "2020-13-01");
        var errors = input.validate(TODAY).errors();
        assertThat(errors.get("capacity")).contains("整数");
        assertThat(errors.get("openedOn")).contains("YYYY-MM-DD");
        assertThat(new InstitutionInput("CARE_HOME", "托养中心", null, "150402000000", "地址", "100000", List.of(), null,
                null, null).validate(TODAY).errors()).containsOnlyKeys("openedOn");
    }

    @Test
    void aNameOfMoreThanAHundredCharactersIsRefused() {
        var input = new InstitutionInput("MASSAGE", "按".repeat(101), null, "150402000000", "地址", "5", List.of(), null,
                null, "2020-01-01");
        assertThat(input.validate(TODAY).errors()).containsOnlyKeys("name");
    }
}
