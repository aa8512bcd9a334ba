package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The vectors of domain/rules.md §3. */
class CertificateNumberTest {

    private static CertificateNumber valid(String text) {
        CertificateNumber.Result result = CertificateNumber.parse(text);
        assertThat(result.errors()).as(text).isEmpty();
        return result.number();
    }

    private static String onlyError(String text) {
        CertificateNumber.Result result = CertificateNumber.parse(text);
        assertThat(result.valid()).as(text).isFalse();
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    @Test
    void theOfficialSampleIsValid() {
        CertificateNumber number = valid("36012119701121001343");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1970, 11, 21));
        assertThat(number.category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(number.grade()).isEqualTo(3);
    }

    @Test
    void aXinchengManWithAPhysicalSecondGradeDisability() {
        CertificateNumber number = valid("15010219850312123242");
        assertThat(number.sex()).isEqualTo(Sex.MALE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(number.category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(number.grade()).isEqualTo(2);
        assertThat(number.masked()).isEqualTo("150102********1232·42");
    }

    @Test
    void aKundulunWomanWithAnIntellectualFirstGradeDisability() {
        CertificateNumber number = valid("15020319920708456851");
        assertThat(number.sex()).isEqualTo(Sex.FEMALE);
        assertThat(number.category()).isEqualTo(DisabilityCategory.INTELLECTUAL);
        assertThat(number.grade()).isEqualTo(1);
    }

    @Test
    void aLeapDayBirthIsValid() {
        assertThat(valid("15292120000229067353").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void anXCheckCharacterIsAcceptedInEitherCase() {
        CertificateNumber upper = valid("15010419781105106X61");
        CertificateNumber lower = valid("15010419781105106x61");
        assertThat(lower).isEqualTo(upper);
        assertThat(lower.value()).isEqualTo("15010419781105106X61");
        assertThat(upper.category()).isEqualTo(DisabilityCategory.MENTAL);
    }

    @Test
    void aReissuedCardKeepsItsPersonsNumber() {
        CertificateNumber number = valid("15020319920708456822B1");
        assertThat(number.reissue()).isEqualTo(1);
        assertThat(number.withoutReissue()).isEqualTo("15020319920708456822");
        assertThat(number.category()).isEqualTo(DisabilityCategory.HEARING);
    }

    @Test
    void aWrongCheckDigitIsNamed() {
        assertThat(onlyError("15010219850312123541")).isEqualTo("身份证号校验位错误：第18位应为2，实为5");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedThoughTheCheckDigitIsRight() {
        assertThat(onlyError("15010219990230123512")).contains("出生日期不存在");
    }

    @Test
    void unknownCategoryOrGradeAndWrongLengthsAreRefused() {
        assertThat(CertificateNumber.parse("15020319920708456885").errors())
                .containsExactly("残疾类别代码（第19位）必须是1至7，实为8", "残疾等级代码（第20位）必须是1至4，实为5");
        assertThat(onlyError("15020319920708456881")).contains("类别");
        assertThat(onlyError("15020319920708456845")).contains("等级");
        assertThat(onlyError("1502031992070845682")).contains("应为20位");
        assertThat(onlyError("130182198609215753120")).contains("补发后缀");
        assertThat(onlyError("")).isEqualTo("残疾人证号不能为空");
    }
}
