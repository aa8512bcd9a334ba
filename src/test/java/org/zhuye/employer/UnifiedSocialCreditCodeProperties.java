package org.zhuye.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class UnifiedSocialCreditCodeProperties {

    private static final String[] PREFIXES = {"11", "12", "13", "19", "51", "52", "53", "91", "92", "93", "N2", "Y1"};
    private static final String[] DIVISIONS = {"150000", "150400", "150402", "152201", "110108", "440300", "100000"};

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<String> bodies = Arbitraries.strings().withChars(UnifiedSocialCreditCode.ALPHABET.toCharArray()).ofLength(8);
        return Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.of(DIVISIONS), bodies)
                .as((prefix, division, body) -> TestCreditCodes.of(prefix + division + body));
    }

    /** Replacements: the code alphabet, the five excluded letters, lower case, digits' look-alikes and punctuation. */
    @Provide
    Arbitrary<Character> replacements() {
        return Arbitraries.chars().with((UnifiedSocialCreditCode.ALPHABET + "IOZSVabcdxyz中０-_. ").toCharArray());
    }

    @Property
    void everyGeneratedCodeIsValid(@ForAll("validCodes") String code) {
        assertThat(UnifiedSocialCreditCode.parse(code).errors()).isEmpty();
    }

    @Property(tries = 2000)
    void anySingleCharacterChangeIsDetected(@ForAll("validCodes") String code,
                                            @ForAll @IntRange(min = 0, max = 17) int position,
                                            @ForAll("replacements") char replacement) {
        // Typing the same letter in lower case is not a change: codes are read in capitals.
        Assume.that(Character.toUpperCase(replacement) != code.charAt(position));
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);
        UnifiedSocialCreditCode.Result result = UnifiedSocialCreditCode.parse(changed);
        assertThat(result.valid()).as("%s → %s", code, changed).isFalse();
        assertThat(result.errors()).isNotEmpty().allSatisfy(e -> assertThat(e).isNotBlank());
        assertThat(changed.toUpperCase(Locale.ROOT)).isNotEqualTo(code);
    }
}
