package org.zhuye.employer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhuye.employer.AdministrativeLevel;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.employer.declaration.DeclarationStatus;
import org.zhuye.employer.declaration.MustEmployRule;
import org.zhuye.employer.EmployerType;
import org.zhuye.region.Region;
import org.zhuye.region.RegionFile;

/** The synthetic employer set for the whole region, without a database. */
class SyntheticEmployersTest {

    static List<SyntheticEmployers.League> leagues;
    static Region capital;

    @BeforeAll
    static void readRegions() throws IOException {
        List<Region> regions;
        try (InputStream in = SyntheticEmployersTest.class.getResourceAsStream("/regions/15.csv")) {
            regions = RegionFile.read(in).regions();
        }
        leagues = new ArrayList<>();
        for (Region league : regions.stream().filter(r -> r.level() == 2).toList()) {
            leagues.add(new SyntheticEmployers.League(league, regions.stream()
                    .filter(r -> r.level() == 3 && r.parentCode().equals(league.code()) && !r.isZone()).toList()));
        }
        capital = leagues.get(0).counties().get(0);
    }

    private static List<DemoUnit> units(long seed) {
        return new SyntheticEmployers(seed).units(leagues, capital);
    }

    @Test
    void everyCodeIsValidAndUniqueAndEveryNameIsMarkedAsSynthetic() {
        List<DemoUnit> units = units(15);
        assertThat(units).hasSize(12 * 10 + 4);
        assertThat(units).allSatisfy(u -> {
            assertThat(UnifiedSocialCreditCode.parse(u.input().creditCode()).errors()).isEmpty();
            assertThat(u.input().name()).endsWith("（虚拟）");
            assertThat(u.input().validate().errors()).isEmpty();
        });
        assertThat(units.stream().map(u -> u.input().creditCode())).doesNotHaveDuplicates();
        assertThat(units.stream().map(u -> u.input().name())).doesNotHaveDuplicates();
    }

    @Test
    void theSameSeedGivesTheSameUnitsAndAnotherSeedOthers() {
        assertThat(units(15)).isEqualTo(units(15));
        assertThat(units(16)).isNotEqualTo(units(15));
    }

    @Test
    void everyLeagueHasAUnitInEveryStateOneOverTheQuotaAndAnAgencyThatMustEmployOne() {
        Map<String, List<DemoUnit>> byLeague = units(15).stream().filter(u -> !"AUTONOMOUS_REGION".equals(u.input().level())).collect(Collectors.groupingBy(DemoUnit::league));
        assertThat(byLeague).hasSize(12);
        byLeague.forEach((league, units) -> {
            assertThat(units.stream().map(DemoUnit::filing)).as(league).contains(DeclarationStatus.values());
            assertThat(units).as(league).anySatisfy(u -> {
                assertThat(u.filing()).isEqualTo(DeclarationStatus.CONFIRMED);
                assertThat(u.target()).isEqualTo(DemoUnit.Target.OVER_QUOTA);
            });
            assertThat(units).as(league).anySatisfy(u -> {
                assertThat(u.filing()).isEqualTo(DeclarationStatus.CONFIRMED);
                assertThat(u.target()).isEqualTo(DemoUnit.Target.NONE);
                assertThat(MustEmployRule.applies(EmployerType.parse(u.input().type()).orElseThrow(),
                        AdministrativeLevel.parse(u.input().level()).orElse(null),
                        Integer.valueOf(u.input().authorisedPosts()), false)).isTrue();
            });
            // A returned declaration names employees the reviewer's reason is about.
            assertThat(units).as(league).filteredOn(u -> u.filing() == DeclarationStatus.RETURNED)
                    .allSatisfy(u -> assertThat(u.failures()).isNotEmpty());
        });
    }

    @Test
    void quotaTargetsFallOnEachSideOfTheOnePercentTierAndTheQuota() {
        BigDecimal ratio = new BigDecimal("0.015");
        assertThat(DemoFilings.weight(DemoUnit.Target.NONE, 200, ratio)).isZero();
        assertThat(DemoFilings.weight(DemoUnit.Target.UNDER_ONE_PERCENT, 200, ratio)).isEqualTo(1);
        assertThat(DemoFilings.weight(DemoUnit.Target.UNDER_QUOTA, 200, ratio)).isEqualTo(2);
        assertThat(DemoFilings.weight(DemoUnit.Target.AT_QUOTA, 200, ratio)).isEqualTo(3);
        assertThat(DemoFilings.weight(DemoUnit.Target.OVER_QUOTA, 200, ratio)).isEqualTo(4);
        // 50 staff: 0.75 required, so one is at the quota, two over it, and there is no room for the 50% tier.
        assertThat(DemoFilings.weight(DemoUnit.Target.AT_QUOTA, 50, ratio)).isEqualTo(1);
        assertThat(DemoFilings.weight(DemoUnit.Target.OVER_QUOTA, 50, ratio)).isEqualTo(2);
        assertThat(DemoFilings.weight(DemoUnit.Target.UNDER_QUOTA, 50, ratio)).isZero();
    }
}
