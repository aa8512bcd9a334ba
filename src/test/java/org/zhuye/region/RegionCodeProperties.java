package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

class RegionCodeProperties {

    static RegionCode code(Inputs in) {
        int p = in.between(11, 65);
        // Zero out every segment after the first zero one, as real codes do.
        int[] parts = {in.between(0, 99), in.between(0, 99), in.between(0, 999), in.between(0, 999)};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == 0) {
                for (int j = i; j < parts.length; j++) {
                    parts[j] = 0;
                }
                break;
            }
        }
        return new RegionCode(String.format("%02d%02d%02d%03d%03d", p, parts[0], parts[1], parts[2], parts[3]));
    }

    @Test
    void theSignificantPrefixParsesBackToTheCode() {
        Tries.check(in -> {
            RegionCode code = in.of(RegionCodeProperties::code);
            assertThat(RegionCode.of(code.significantPrefix())).isEqualTo(code);
            assertThat(code.significantPrefix()).hasSize(new int[]{2, 4, 6, 9, 12}[code.level() - 1]);
        });
    }

    @Test
    void everyCodeLiesWithinEachOfItsAncestorsAndItself() {
        Tries.check(in -> {
            RegionCode code = in.of(RegionCodeProperties::code);
            assertThat(code.isWithin(code)).isTrue();
            RegionCode current = code;
            while (current.parent().isPresent()) {
                RegionCode parent = current.parent().get();
                assertThat(parent.level()).isEqualTo(current.level() - 1);
                assertThat(code.isWithin(parent)).isTrue();
                assertThat(parent.isWithin(code)).isEqualTo(parent.equals(code));
                current = parent;
            }
            assertThat(current.level()).isEqualTo(1);
        });
    }

    @Test
    void aJurisdictionsLikePatternAgreesWithContains() {
        Tries.check(in -> {
            RegionCode root = in.of(RegionCodeProperties::code);
            RegionCode other = in.of(RegionCodeProperties::code);
            Jurisdiction jurisdiction = new Jurisdiction(root);
            String pattern = jurisdiction.likePattern();
            boolean likeMatches = other.value().startsWith(pattern.substring(0, pattern.length() - 1));
            assertThat(jurisdiction.contains(other)).isEqualTo(likeMatches);
        });
    }
}
