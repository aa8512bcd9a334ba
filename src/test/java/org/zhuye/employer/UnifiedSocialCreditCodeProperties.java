package org.zhuye.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

class UnifiedSocialCreditCodeProperties {

    private static final String[] PREFIXES = {"11", "12", "13", "19", "51", "52", "53", "91", "92", "93", "N2", "Y1"};
    private static final String[] DIVISIONS = {"150000", "150400", "150402", "152201", "110108", "440300", "100000"};
    /** Replacements: the code alphabet, the five excluded letters, lower case, digits' look-alikes and punctuation. */
    private static final String REPLACEMENTS = UnifiedSocialCreditCode.ALPHABET + "IOZSVabcdxyz中０-_. ";

    static String validCode(Inputs in) {
        return in.of(c -> TestCreditCodes.of(c.oneOf(PREFIXES) + c.oneOf(DIVISIONS)
                + c.string(UnifiedSocialCreditCode.ALPHABET, 8, 8)));
    }

    @Test
    void everyGeneratedCodeIsValid() {
        Tries.check(in -> assertThat(UnifiedSocialCreditCode.parse(validCode(in)).errors()).isEmpty());
    }

    @Test
    void anySingleCharacterChangeIsDetected() {
        Tries.check(2000, in -> {
            String code = validCode(in);
            int position = in.between(0, 17);
            char replacement = in.string(REPLACEMENTS, 1, 1).charAt(0);
            // Typing the same letter in lower case is not a change: codes are read in capitals.
            if (Character.toUpperCase(replacement) == code.charAt(position)) {
                return;
            }
            String changed = code.substring(0, position) + replacement + code.substring(position + 1);
            UnifiedSocialCreditCode.Result result = UnifiedSocialCreditCode.parse(changed);
            assertThat(result.valid()).as("%s → %s", code, changed).isFalse();
            assertThat(result.errors()).isNotEmpty().allSatisfy(e -> assertThat(e).isNotBlank());
            assertThat(changed.toUpperCase(Locale.ROOT)).isNotEqualTo(code);
        });
    }
}
