package org.zhuye.jobs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/**
 * Over random postings and profiles: the index never returns a candidate or posting that breaks a
 * hard filter (and misses none that keeps them all), excludedBy is empty exactly when a pair is
 * eligible, and the score stays in 0..100 and never falls as the occupation match gets closer.
 */
class MatchingProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String[] REGIONS = {"150102001001", "150102001002", "150102002001", "150103001001", "150203001001", "110101001001"};
    static final String[] OCCUPATIONS = {"4-07-02-01", "4-07-02-02", "4-07-03", "4-01", "6-31-01", "2-02"};
    static final String[] EDUCATION = {null, "10", "30", "60", "70", "80", "00", "90"};

    @Test
    void noCandidateEverBreaksAHardFilterAndNoEligibleOneIsMissed() {
        Tries.check(400, in -> {
            Set<Long> ids = new HashSet<>();
            List<Seeker> seekers = in.list(0, 60, MatchingProperties::seeker).stream().filter(s -> ids.add(s.personId())).toList();
            Opening o = opening(in, 1);
            SeekerColumns.Builder builder = new SeekerColumns.Builder(seekers.size());
            seekers.forEach(builder::add);
            List<Match> found = Ranking.candidates(builder.build(), o, "15", MatchWeights.DEFAULT, TODAY, 10);
            for (Match m : found) {
                Seeker s = seekers.stream().filter(x -> x.personId() == m.personId()).findFirst().orElseThrow();
                assertThat(Matcher.excludedBy(s, o, TODAY, true)).isEmpty();
                assertThat(m.score()).isEqualTo(Matcher.score(s, o, MatchWeights.DEFAULT));
            }
            long eligible = seekers.stream().filter(s -> s.regionCode().startsWith("15"))
                    .filter(s -> Matcher.excludedBy(s, o, TODAY, true).isEmpty()).count();
            assertThat(found).hasSize((int) Math.min(10, eligible));
            for (int i = 1; i < found.size(); i++) {
                assertThat(found.get(i).score()).isLessThanOrEqualTo(found.get(i - 1).score());
            }
        });
    }

    @Test
    void noPostingShownAsAMatchBreaksAHardFilter() {
        Tries.check(400, in -> {
            Seeker s = seeker(in);
            List<Opening> openings = new ArrayList<>();
            int n = in.between(0, 40);
            for (int i = 1; i <= n; i++) {
                openings.add(opening(in, i));
            }
            List<Match> found = Ranking.postings(new PostingColumns(openings), s, MatchWeights.DEFAULT, TODAY, 5, i -> true);
            for (Match m : found) {
                assertThat(Matcher.excludedBy(s, openings.get((int) m.postingId() - 1), TODAY, false)).isEmpty();
            }
            long eligible = openings.stream().filter(o -> Matcher.excludedBy(s, o, TODAY, false).isEmpty()).count();
            assertThat(found).hasSize((int) Math.min(5, eligible));
        });
    }

    @Test
    void excludedByIsEmptyExactlyWhenEligibleAndTheScoreStaysInRange() {
        Tries.check(1000, in -> {
            Match m = Matcher.match(seeker(in), opening(in, 1), MatchWeights.DEFAULT, TODAY, in.bool());
            assertThat(m.eligible()).isEqualTo(m.excludedBy().isEmpty());
            assertThat(m.score()).isBetween(0, 100);
            double points = m.components().stream().mapToDouble(ScoreComponent::points).sum();
            assertThat(Math.abs(points - m.score())).isLessThanOrEqualTo(1.0);
        });
    }

    @Test
    void aCloserOccupationNeverLowersTheScore() {
        Tries.check(1000, in -> {
            Seeker s = seeker(in);
            Opening o = opening(in, 1);
            int none = Matcher.score(withOccupations(s, List.of("9")), o, MatchWeights.DEFAULT);
            int major = Matcher.score(withOccupations(s, List.of(o.occupationCode().split("-")[0])), o, MatchWeights.DEFAULT);
            String[] parts = o.occupationCode().split("-");
            int minor = Matcher.score(withOccupations(s, List.of(parts.length > 1 ? parts[0] + "-" + parts[1] : parts[0])), o, MatchWeights.DEFAULT);
            int same = Matcher.score(withOccupations(s, List.of(o.occupationCode())), o, MatchWeights.DEFAULT);
            assertThat(none).isLessThanOrEqualTo(major);
            assertThat(major).isLessThanOrEqualTo(minor);
            assertThat(minor).isLessThanOrEqualTo(same);
        });
    }

    static Seeker withOccupations(Seeker s, List<String> codes) {
        return new Seeker(s.personId(), s.regionCode(), s.category(), s.education(), s.employed(), s.wantsChange(),
                s.noRecommendation(), s.certificateActive(), s.certificateLabel(), s.workingFrom(), s.retiresOn(),
                s.ageProblem(), s.capabilities(), s.needs(), s.workModes(), s.hoursPerWeekMax(), s.travelRange(),
                s.wageExpectation(), codes, s.abilityLevel());
    }

    static <E extends Enum<E>> Set<E> subset(Inputs in, Class<E> type, int min, double each) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (in.chance(each)) {
                set.add(e);
            }
        }
        if (set.size() < min) {
            set.add(in.oneOf(type));
        }
        return Set.copyOf(set);
    }

    static WorkDemands levels(Inputs in) {
        int[] levels = new int[6];
        for (int i = 0; i < 6; i++) {
            levels[i] = in.between(0, 3);
        }
        return WorkDemands.of(levels);
    }

    static Seeker seeker(Inputs in) {
        LocalDate birth = in.oneOf(LocalDate.of(1960, 3, 1), LocalDate.of(1990, 1, 1), LocalDate.of(2012, 1, 1));
        boolean cert = !in.chance(0.1);
        return new Seeker(in.between(1L, 10_000L), in.oneOf(REGIONS), in.between(1, 7), in.oneOf(EDUCATION),
                in.chance(0.2), in.bool(), in.chance(0.1), cert, cert ? "有效" : "已注销", birth.plusYears(16),
                birth.plusYears(60), null, levels(in), subset(in, WorkplaceFeature.class, 0, 0.1),
                subset(in, WorkMode.class, 1, 0.5), in.between(10, 60), in.oneOf(TravelRange.class),
                in.chance(0.3) ? null : in.between(0, 8000), in.list(0, 3, i -> i.oneOf(OCCUPATIONS)).stream().distinct().toList(),
                in.between(0, 4));
    }

    static Opening opening(Inputs in, long id) {
        return new Opening(id, "岗位", in.oneOf(REGIONS), in.oneOf(OCCUPATIONS), in.oneOf(WorkMode.class), in.between(10, 60),
                in.between(1000, 9000), in.oneOf(EDUCATION), in.list(0, 2, i -> i.between(1, 7)).stream().distinct().toList(),
                subset(in, WorkplaceFeature.class, 0, 0.5), levels(in), true,
                in.chance(0.8) ? TODAY.plusDays(5) : TODAY.minusDays(1));
    }
}
