package org.zhuye.employer.demo;

import static org.zhuye.employer.declaration.DeclarationStatus.CONFIRMED;
import static org.zhuye.employer.declaration.DeclarationStatus.DRAFT;
import static org.zhuye.employer.declaration.DeclarationStatus.RETURNED;
import static org.zhuye.employer.declaration.DeclarationStatus.SUBMITTED;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.employer.declaration.DeclarationStatus;
import org.zhuye.employer.demo.DemoUnit.Failure;
import org.zhuye.employer.demo.DemoUnit.Target;
import org.zhuye.region.Region;

/**
 * A deterministic, visibly synthetic set of employers: in every 盟市 ten units of the kinds the
 * quota rules tell apart (a 盟市级 agency with 50+ 编制 that employs nobody, another agency, a
 * hospital, a school, a 旗县级 agency, a state firm, a small private firm under the exemption, two
 * more private firms, a social organisation), and, for the whole region, four 自治区级 units in the
 * capital. Each has the declaration state and quota outcome it is meant to end in, spread so that
 * every list and the disclosure have rows. Pure: the same seed and regions give the same units.
 */
final class SyntheticEmployers {

    /** A 盟市 and the county-level divisions (旗县市区) a unit may be registered in. */
    record League(Region league, List<Region> counties) {
    }

    private final SplittableRandom random;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    SyntheticEmployers(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param capital the county-level division the 自治区级 units are registered in, or null to make none
     *                (a demo confined to one 盟市)
     */
    List<DemoUnit> units(List<League> leagues, Region capital) {
        List<DemoUnit> units = new ArrayList<>();
        if (capital != null) {
            units.addAll(regionLevel(capital));
        }
        for (League league : leagues) {
            if (!league.counties().isEmpty()) {
                units.addAll(ofLeague(league));
            }
        }
        return units;
    }

    private List<DemoUnit> regionLevel(Region capital) {
        String league = capital.code().substring(0, 4);
        List<DemoUnit> units = new ArrayList<>();
        int posts = between(60, 140);
        units.add(new DemoUnit(league, agency(name(SyntheticEmployerNames::regionAgency), "11",
                "AUTONOMOUS_REGION", posts, false, "S", capital, "150000"), CONFIRMED, staffFor(posts), false,
                between(110_000, 130_000), Target.NONE, List.of()));
        posts = between(50, 90);
        units.add(new DemoUnit(league, agency(name(SyntheticEmployerNames::regionAgency), "11",
                "AUTONOMOUS_REGION", posts, false, "S", capital, "150000"), SUBMITTED, staffFor(posts), false,
                between(110_000, 130_000), Target.AT_QUOTA, List.of()));
        posts = between(600, 1100);
        units.add(new DemoUnit(league, agency(name(SyntheticEmployerNames::regionHospital), "12",
                "AUTONOMOUS_REGION", posts, false, "Q", capital, "150000"), CONFIRMED, posts + between(100, 300), true,
                between(120_000, 180_000), Target.AT_QUOTA, List.of(Failure.PAST_WORKING_AGE)));
        posts = between(120, 260);
        units.add(new DemoUnit(league, agency(name(SyntheticEmployerNames::regionCulture), "12",
                "AUTONOMOUS_REGION", posts, false, "R", capital, "150000"), CONFIRMED, staffFor(posts), false,
                between(95_000, 115_000), Target.UNDER_QUOTA, List.of()));
        return units;
    }

    private List<DemoUnit> ofLeague(League l) {
        String league = l.league().name();
        String prefix = l.league().code().substring(0, 4);
        String leagueDivision = prefix + "00";
        Region seat = l.counties().get(0);
        // Four units share out the review states, so every 盟市 has one waiting and one returned; the
        // first confirmed of them is the one over the quota.
        List<DeclarationStatus> deck = new ArrayList<>(List.of(CONFIRMED, SUBMITTED, RETURNED, CONFIRMED));
        for (int i = deck.size() - 1; i > 0; i--) {
            java.util.Collections.swap(deck, i, random.nextInt(i + 1));
        }
        DeclarationStatus agencyFiling = deck.get(0);
        DeclarationStatus schoolFiling = deck.get(1);
        DeclarationStatus firmFiling = deck.get(2);
        DeclarationStatus socialFiling = deck.get(3);
        int over = agencyFiling == CONFIRMED ? 2 : firmFiling == CONFIRMED ? 8 : schoolFiling == CONFIRMED ? 4 : 10;
        List<DemoUnit> units = new ArrayList<>();

        // 1. A 盟市级 agency the "at least one" rule names (编制 ≥ 50), confirmed with nobody.
        int posts = between(50, 95);
        units.add(new DemoUnit(prefix, agency(name(r -> SyntheticEmployerNames.leagueAgency(league, r)), "11",
                "LEAGUE_CITY", posts, false, "S", seat, leagueDivision), CONFIRMED, staffFor(posts), false,
                between(95_000, 120_000), Target.NONE, List.of()));
        // 2. Another 盟市级 agency, meeting the quota.
        posts = between(35, 80);
        units.add(new DemoUnit(prefix, agency(name(r -> SyntheticEmployerNames.leagueAgency(league, r)), "11",
                "LEAGUE_CITY", posts, false, "S", seat, leagueDivision), agencyFiling, staffFor(posts), false,
                between(95_000, 120_000), over == 2 ? Target.OVER_QUOTA : Target.AT_QUOTA, failures(agencyFiling, false)));
        // 3. A 盟市级 hospital, one declared employee past working age; at the quota when no agency is confirmed over it.
        posts = between(220, 420);
        units.add(new DemoUnit(prefix, agency(name(r -> SyntheticEmployerNames.hospital(league, r)), "12",
                "LEAGUE_CITY", posts, false, "Q", seat, leagueDivision), CONFIRMED, posts + between(40, 120),
                chance(0.5), between(100_000, 150_000),
                over == 2 && chance(0.5) ? Target.UNDER_QUOTA : Target.AT_QUOTA, List.of(Failure.PAST_WORKING_AGE)));
        // 4. A 旗县级 school (中小学 and 幼儿园 are outside the "at least one" rule).
        Region county = county(l);
        posts = between(70, 160);
        units.add(new DemoUnit(prefix, agency(name(r -> SyntheticEmployerNames.school(county.name(), r)), "12",
                "BANNER_COUNTY", posts, true, "P", county, county.code().substring(0, 6)), schoolFiling, staffFor(posts),
                false, between(85_000, 110_000), over == 4 ? Target.OVER_QUOTA : pick(Target.UNDER_ONE_PERCENT, Target.AT_QUOTA),
                failures(schoolFiling, true)));
        // 5. A 旗县级 agency: confirmed, or a draft never submitted (未申报 once the deadline passed).
        Region county2 = county(l);
        posts = between(20, 48);
        boolean draft = chance(0.5);
        units.add(new DemoUnit(prefix, agency(name(r -> SyntheticEmployerNames.countyAgency(county2.name(), r)), "11",
                "BANNER_COUNTY", posts, false, "S", county2, county2.code().substring(0, 6)), draft ? DRAFT : CONFIRMED,
                staffFor(posts), false, between(85_000, 105_000), draft ? Target.NONE : Target.AT_QUOTA, List.of()));
        // 6. A state-owned firm reporting 12 monthly headcounts; may name someone another unit already counts.
        int staff = between(150, 900);
        units.add(new DemoUnit(prefix, firm(name(r -> SyntheticEmployerNames.stateFirm(league, r)), "STATE_OWNED_ENTERPRISE",
                pick("D", "G", "N", "B"), seat), CONFIRMED, staff, true, between(90_000, 200_000),
                pick(Target.UNDER_ONE_PERCENT, Target.UNDER_QUOTA, Target.AT_QUOTA),
                chance(0.5) ? List.of(Failure.COUNTED_ELSEWHERE) : List.of()));
        // 7. A small private firm: 30 staff or fewer, employing nobody and exempt from the levy.
        Region county3 = county(l);
        units.add(new DemoUnit(prefix, firm(name(r -> SyntheticEmployerNames.privateFirm(county3.name(), r)), "PRIVATE_ENTERPRISE",
                pick("C", "F", "H", "O"), county3), CONFIRMED, between(8, 30), false, between(42_000, 60_000),
                Target.NONE, List.of()));
        // 8. A private firm of some size.
        Region county4 = county(l);
        units.add(new DemoUnit(prefix, firm(name(r -> SyntheticEmployerNames.privateFirm(county4.name(), r)), "PRIVATE_ENTERPRISE",
                pick("C", "E", "F", "I"), county4), firmFiling, between(60, 380), chance(0.3), between(50_000, 90_000),
                over == 8 ? Target.OVER_QUOTA : Target.UNDER_QUOTA, failures(firmFiling, false)));
        // 9. A private firm that has not filed, or left a draft; a draft for sure when the agency above filed.
        Region county5 = county(l);
        units.add(new DemoUnit(prefix, firm(name(r -> SyntheticEmployerNames.privateFirm(county5.name(), r)), "PRIVATE_ENTERPRISE",
                pick("A", "C", "G", "H"), county5), !draft || chance(0.5) ? DRAFT : null, between(35, 160), false,
                between(45_000, 75_000), Target.UNDER_ONE_PERCENT, List.of()));
        // 10. A social organisation (社会团体 or 民办非企业单位), not an enterprise, so never exempt.
        String social = name(r -> SyntheticEmployerNames.socialOrganisation(league, r));
        units.add(new DemoUnit(prefix, new EmployerInput(code(social.contains("中心") ? "52" : "51", leagueDivision, "MJ"),
                social, "SOCIAL_ORGANIZATION", null, null, null, pick("S", "Q"), seat.code(), contact(), phone()),
                socialFiling, between(8, 45), false, between(40_000, 60_000),
                over == 10 ? Target.OVER_QUOTA : pick(Target.AT_QUOTA, Target.NONE), failures(socialFiling, false)));
        return units;
    }

    /** A returned declaration names employees the reviewer could not accept. */
    private static List<Failure> failures(DeclarationStatus filing, boolean school) {
        if (filing != RETURNED) {
            return List.of();
        }
        return school ? List.of(Failure.PAST_WORKING_AGE, Failure.BELOW_MINIMUM_WAGE)
                : List.of(Failure.NOT_REGISTERED, Failure.NO_SOCIAL_INSURANCE);
    }

    private EmployerInput agency(String name, String category, String level, int posts, boolean school, String industry,
                                 Region region, String division) {
        return new EmployerInput(code(category, division, "MB"), name, category.equals("11") ? "AGENCY" : "PUBLIC_INSTITUTION",
                level, String.valueOf(posts), school ? "true" : null, industry, region.code(), contact(), phone());
    }

    private EmployerInput firm(String name, String type, String industry, Region region) {
        return new EmployerInput(code("91", region.code().substring(0, 6), "MA"), name, type, null, null, null, industry,
                region.code(), contact(), phone());
    }

    /**
     * A valid code that never repeats: authority and category, the registering division, then an
     * organisation code of the post-2015 form (MA… for firms, MB… for 机关 and 事业单位, MJ… for
     * social organisations), so it can never meet the all-digit codes tests make.
     */
    String code(String authorityAndCategory, String division, String series) {
        while (true) {
            StringBuilder body = new StringBuilder(series);
            while (body.length() < 8) {
                body.append(UnifiedSocialCreditCode.ALPHABET.charAt(random.nextInt(UnifiedSocialCreditCode.ALPHABET.length())));
            }
            String first17 = authorityAndCategory + division + body + UnifiedSocialCreditCode.organisationCheckCharacter(body.toString());
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            if (codes.add(code)) {
                return code;
            }
        }
    }

    /** A name not used yet; after a few draws of the same one, a number tells it apart. */
    private String name(Function<SplittableRandom, String> draw) {
        String name = draw.apply(random);
        for (int i = 0; i < 20 && names.contains(name); i++) {
            name = draw.apply(random);
        }
        String unique = name;
        for (int n = 2; names.contains(unique); n++) {
            unique = name.replace(SyntheticEmployerNames.MARKER, "（" + n + "）" + SyntheticEmployerNames.MARKER);
        }
        names.add(unique);
        return unique;
    }

    private Region county(League league) {
        return league.counties().get(random.nextInt(league.counties().size()));
    }

    /** 在职职工 of a unit with 编制: most posts filled, a few staff outside them. */
    private int staffFor(int posts) {
        return Math.max(1, (int) Math.round(posts * (0.85 + random.nextDouble() * 0.25)));
    }

    private String contact() {
        return SyntheticEmployerNames.pick(List.of("人事科", "办公室", "综合科", "人力资源部", "行政部"), random)
                + SyntheticEmployerNames.MARKER;
    }

    /** In the 170 range, as the demo's persons' phones. */
    private String phone() {
        return "170" + String.format("%08d", random.nextInt(100_000_000));
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
