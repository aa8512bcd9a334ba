package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

class CertificateNumberProperties {

    static String validNumber(Inputs in) {
        LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(in.between(0, 365 * 100));
        int seq = in.between(0, 999);
        int cat = in.between(1, 7);
        int grade = in.between(1, 4);
        String body = "150102" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return body + CertificateNumber.checkCharacter(body) + cat + grade;
    }

    @Test
    void everyWellFormedNumberParsesAndReadsBackItsParts() {
        Tries.check(in -> {
            String text = in.of(CertificateNumberProperties::validNumber);
            CertificateNumber number = CertificateNumber.parse(text).number();
            assertThat(number).isNotNull();
            assertThat(number.value()).isEqualTo(text);
            assertThat(number.category().code()).isEqualTo(text.charAt(18) - '0');
            assertThat(number.sex() == Sex.MALE).isEqualTo((text.charAt(16) - '0') % 2 == 1);
        });
    }

    @Test
    void changingAnyOneOfTheFirstSeventeenDigitsBreaksTheCheck() {
        Tries.check(in -> {
            String text = in.of(CertificateNumberProperties::validNumber);
            int position = in.between(0, 16);
            int shift = in.between(1, 9);
            char changed = (char) ('0' + (text.charAt(position) - '0' + shift) % 10);
            String tampered = text.substring(0, position) + changed + text.substring(position + 1);
            // GB 11643's weights are all coprime to 11, so one changed digit always changes the check.
            assertThat(CertificateNumber.parse(tampered).valid()).isFalse();
        });
    }
}
