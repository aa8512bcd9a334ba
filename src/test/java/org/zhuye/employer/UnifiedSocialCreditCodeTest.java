package org.zhuye.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    /**
     * Codes of real units, published:
     * <ul>
     *   <li>914403001922038216 华为技术有限公司 — zh.wikipedia.org, article 华为, infobox 机构代码;</li>
     *   <li>9144030071526726XG 腾讯科技（深圳）有限公司, 91110000600037341L, 121200004013590816 (a Tianjin
     *       事业单位) and the 乌兰浩特市 (152201, Inner Mongolia) enterprises — the list "found online"
     *       in python-stdnum, tests/test_cn_uscc.doctest (github.com/arthurdejong/python-stdnum).</li>
     * </ul>
     */
    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91110000600037341L", "121200004013590816",
            "911522010783710635", "91152201078371135X", "9115220107837757XE", "9115220107837941X1",
            "91310115MA1K3BTP2B", "91340600MA2PBM9HXD", "92340603MA2PBQ16XJ", "91620105L015101280"})
    void publishedCodesOfRealUnitsAreValid(String code) {
        UnifiedSocialCreditCode.Result result = UnifiedSocialCreditCode.parse(code);
        assertThat(result.errors()).isEmpty();
        assertThat(result.code().value()).isEqualTo(code);
    }

    @Test
    void thePartsOfAValidCodeAreNamed() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("121200004013590816").code();
        assertThat(code.registrationAuthority()).isEqualTo("机构编制");
        assertThat(code.organisationCategory()).isEqualTo("事业单位");
        assertThat(code.divisionCode()).isEqualTo("120000");
        assertThat(code.organisationCode()).isEqualTo("401359081");
    }

    @Test
    void checkCharactersComputedHereAgreeWithThePublishedOnes() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(UnifiedSocialCreditCode.checkCharacter("9144030071526726X")).isEqualTo('G');
        assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("19220382")).isEqualTo('1');
        assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("71526726")).isEqualTo('X');
    }

    @Test
    void examplesBuiltForThisRegistryAreValid() {
        // A 盟市级 机关 registered in 赤峰市 (150400), a 事业单位 and a 社会团体 in 红山区 (150402);
        // the expected codes were computed independently (a separate Python script of both checks).
        List<String> built = List.of(TestCreditCodes.of("1115040000000001"), TestCreditCodes.of("1215040212345678"),
                TestCreditCodes.of("51150402MA000001"));
        assertThat(built).containsExactly("11150400000000019Q", "12150402123456788W", "51150402MA00000158");
        built.forEach(code -> assertThat(UnifiedSocialCreditCode.parse(code).valid()).as(code).isTrue());
    }

    @Test
    void typedCodesAreReadWithoutSpacesAndInCapitals() {
        assertThat(UnifiedSocialCreditCode.parse(" 91 4403 00192203821-6 ").code().value()).isEqualTo("914403001922038216");
        assertThat(UnifiedSocialCreditCode.parse("9144030071526726xg").valid()).isTrue();
    }

    @Test
    void aWrongFinalCheckCharacterSaysWhichOneIsExpected() {
        assertThat(UnifiedSocialCreditCode.parse("914403001922038217").errors())
                .containsExactly("第18位校验码应为“6”，现为“7”：代码中可能有一位抄错了");
    }

    @Test
    void aWrongOrganisationCodeCheckIsNamedWithItsStandard() {
        // Body 19220382 with 2 in place of 1 at position 17, and the final check recomputed so only GB 11714 fails.
        String first17 = "91440300192203822";
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        assertThat(UnifiedSocialCreditCode.parse(code).errors())
                .containsExactly("第9至17位组织机构代码“192203822”的校验码（第17位）应为“1”，现为“2”（GB 11714）");
    }

    @Test
    void lengthAndForbiddenLettersAreEachReported() {
        assertThat(UnifiedSocialCreditCode.parse("91440300I92203821").errors()).containsExactly(
                "第9位“I”不能用于统一社会信用代码（只用数字和除I、O、Z、S、V以外的大写字母）",
                "统一社会信用代码须为18位，现为17位");
        assertThat(UnifiedSocialCreditCode.parse("").errors()).containsExactly("统一社会信用代码不能为空");
        assertThat(UnifiedSocialCreditCode.parse(null).errors()).containsExactly("统一社会信用代码不能为空");
    }

    @Test
    void anUnknownAuthorityACategoryOfAnotherAuthorityAndABadDivisionAreEachReported() {
        String unknownAuthority = TestCreditCodes.of("B1150402MA000001");
        assertThat(UnifiedSocialCreditCode.parse(unknownAuthority).errors()).singleElement().asString()
                .startsWith("第1位登记管理部门代码“B”不存在，应为1机构编制、");
        String enterpriseAsAgency = TestCreditCodes.of("94150402MA000001");
        assertThat(UnifiedSocialCreditCode.parse(enterpriseAsAgency).errors()).containsExactly(
                "第2位机构类别代码“4”不属于登记管理部门“工商（市场监管）”，应为1企业、2个体工商户、3农民专业合作社之一");
        String badDivision = TestCreditCodes.of("91990402MA000001");
        assertThat(UnifiedSocialCreditCode.parse(badDivision).errors()).containsExactly(
                "第3至8位登记管理机关行政区划码“990402”不是有效的行政区划代码（前两位应为省级代码，中央登记为100000）");
        String lettersInDivision = TestCreditCodes.of("9115A402MA000001");
        assertThat(UnifiedSocialCreditCode.parse(lettersInDivision).errors()).containsExactly(
                "第3至8位登记管理机关行政区划码“15A402”须为6位数字");
    }

    @Test
    void theValueObjectRefusesAnInvalidCode() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("914403001922038217"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("第18位校验码");
    }
}
