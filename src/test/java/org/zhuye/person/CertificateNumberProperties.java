package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CertificateNumberProperties {

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 365 * 100)
                .map(d -> LocalDate.of(1925, 1, 1).plusDays(d));
        return Combinators.combine(births, Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 4)).as((birth, seq, cat, grade) -> {
            String body = "150102" + birth.toString().replace("-", "") + String.format("%03d", seq);
            return body + CertificateNumber.checkCharacter(body) + cat + grade;
        });
    }

    @Property
    void everyWellFormedNumberParsesAndReadsBackItsParts(@ForAll("validNumbers") String text) {
        CertificateNumber number = CertificateNumber.parse(text).number();
        assertThat(number).isNotNull();
        assertThat(number.value()).isEqualTo(text);
        assertThat(number.category().code()).isEqualTo(text.charAt(18) - '0');
        assertThat(number.sex() == Sex.MALE).isEqualTo((text.charAt(16) - '0') % 2 == 1);
    }

    @Property
    void changingAnyOneOfTheFirstSeventeenDigitsBreaksTheCheck(@ForAll("validNumbers") String text,
                                                               @ForAll @IntRange(min = 0, max = 16) int position,
                                                               @ForAll @IntRange(min = 1, max = 9) int shift) {
        char changed = (char) ('0' + (text.charAt(position) - '0' + shift) % 10);
        String tampered = text.substring(0, position) + changed + text.substring(position + 1);
        // GB 11643's weights are all coprime to 11, so one changed digit always changes the check.
        assertThat(CertificateNumber.parse(tampered).valid()).isFalse();
    }
}
