package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RegionCodeProperties {

    @Provide
    Arbitrary<RegionCode> codes() {
        Arbitrary<Integer> province = Arbitraries.integers().between(11, 65);
        Arbitrary<Integer> prefecture = Arbitraries.integers().between(0, 99);
        Arbitrary<Integer> county = Arbitraries.integers().between(0, 99);
        Arbitrary<Integer> township = Arbitraries.integers().between(0, 999);
        Arbitrary<Integer> village = Arbitraries.integers().between(0, 999);
        return Combinators.combine(province, prefecture, county, township, village).as((p, f, c, t, v) -> {
            // Zero out every segment after the first zero one, as real codes do.
            int[] parts = {f, c, t, v};
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == 0) {
                    for (int j = i; j < parts.length; j++) {
                        parts[j] = 0;
                    }
                    break;
                }
            }
            return new RegionCode(String.format("%02d%02d%02d%03d%03d", p, parts[0], parts[1], parts[2], parts[3]));
        });
    }

    @Property
    void theSignificantPrefixParsesBackToTheCode(@ForAll("codes") RegionCode code) {
        assertThat(RegionCode.of(code.significantPrefix())).isEqualTo(code);
        assertThat(code.significantPrefix()).hasSize(new int[]{2, 4, 6, 9, 12}[code.level() - 1]);
    }

    @Property
    void everyCodeLiesWithinEachOfItsAncestorsAndItself(@ForAll("codes") RegionCode code) {
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
    }

    @Property
    void aJurisdictionsLikePatternAgreesWithContains(@ForAll("codes") RegionCode root, @ForAll("codes") RegionCode other) {
        Jurisdiction jurisdiction = new Jurisdiction(root);
        String pattern = jurisdiction.likePattern();
        boolean likeMatches = other.value().startsWith(pattern.substring(0, pattern.length() - 1));
        assertThat(jurisdiction.contains(other)).isEqualTo(likeMatches);
    }
}
