package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.RetirementRule;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;

/**
 * The snapshot's own bookkeeping, without a database: after any series of changes, the patched
 * snapshot, its compacted form and a snapshot built afresh from the final rows count the same, and the persons
 * under a prefix are the rows holding it.
 */
class OverviewSnapshotTest {

    static final WorkingAge RULE = new WorkingAge(16, new RetirementRule(60, YearMonth.of(1965, 1), 4, 36),
            new RetirementRule(55, YearMonth.of(1970, 1), 4, 36));
    static final List<String> VILLAGES = List.of("150102001001", "150102001002", "150102002001", "150203001001",
            "152923101201", "152923101203", "152923200200");

    @Test
    void changesAndCompactionsCountTheSameAsAFreshBuild() {
        Random random = new Random(7);
        Map<Long, OverviewBlock.PersonRow> rows = new HashMap<>();
        for (long id = 1; id <= 400; id++) {
            rows.put(id, row(id, random));
        }
        OverviewSnapshot snapshot = new OverviewSnapshot(streamed(rows.values()));
        long nextId = 401;
        for (int round = 0; round < 25; round++) {
            Set<Long> changed = new HashSet<>();
            List<OverviewBlock.PersonRow> current = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(30); k++) {
                long id = random.nextInt(4) == 0 ? nextId++ : 1 + random.nextInt((int) nextId - 1);
                changed.add(id);
                if (random.nextInt(8) == 0) {
                    rows.remove(id);
                } else {
                    OverviewBlock.PersonRow row = row(id, random);
                    rows.put(id, row);
                }
            }
            changed.forEach(id -> {
                if (rows.containsKey(id)) {
                    current.add(rows.get(id));
                }
            });
            snapshot = snapshot.withChanges(changed, current);
            if (round % 7 == 6) {
                snapshot = snapshot.compacted();
            }
            OverviewSnapshot fresh = new OverviewSnapshot(streamed(rows.values()));
            assertThat(snapshot.size()).isEqualTo(rows.size());
            for (String prefix : List.of("15", "1501", "150102", "150102001", "1529", "152923101203", "64")) {
                assertThat(snapshot.countUnder(prefix)).as("round %d %s", round, prefix)
                        .isEqualTo((int) rows.values().stream().filter(r -> r.region().startsWith(prefix)).count());
                for (LocalDate date : List.of(LocalDate.parse("2019-05-01"), LocalDate.parse("2024-12-31"),
                        LocalDate.parse("2026-06-30"))) {
                    assertThat(counts(snapshot, prefix, date)).as("round %d %s %s", round, prefix, date)
                            .isEqualTo(counts(fresh, prefix, date))
                            .isEqualTo(counts(snapshot.compacted(), prefix, date));
                }
            }
        }
    }

    @Test
    void childRowsPartitionTheParent() {
        Random random = new Random(11);
        List<OverviewBlock.PersonRow> rows = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            rows.add(row(id, random));
        }
        OverviewSnapshot snapshot = new OverviewSnapshot(streamed(rows));
        OverviewTally[] tallies = snapshot.tally("1501", List.of("150102"), LocalDate.parse("2026-06-30"), windows());
        long underXincheng = rows.stream().filter(r -> r.region().startsWith("150102")).count();
        assertThat(tallies[0].counts[OverviewTally.TOTAL] + tallies[0].counts[OverviewTally.REVOKED]
                + tallies[0].counts[OverviewTally.DECEASED]).isEqualTo(underXincheng);
        assertThat(tallies[1].counts[OverviewTally.TOTAL]).isZero();
    }

    private static OverviewBlock.PersonRow row(long id, Random random) {
        int birth = (int) LocalDate.parse("1945-01-01").plusDays(random.nextInt(78 * 365)).toEpochDay();
        int events = random.nextInt(4);
        int[] days = new int[events];
        boolean[] employed = new boolean[events];
        boolean[] baseline = new boolean[events];
        int day = (int) LocalDate.parse("2016-01-01").toEpochDay();
        for (int e = 0; e < events; e++) {
            day += random.nextInt(700);
            days[e] = day;
            employed[e] = random.nextBoolean();
            baseline[e] = e == 0 && random.nextBoolean();
        }
        CertificateStatus status = CertificateStatus.values()[random.nextInt(4)];
        return new OverviewBlock.PersonRow(id, VILLAGES.get(random.nextInt(VILLAGES.size())),
                OverviewBlock.attr(1 + random.nextInt(7), 1 + random.nextInt(4), random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                        status),
                birth, (int) LocalDate.parse("2015-01-01").plusDays(random.nextInt(4000)).toEpochDay(), days,
                OverviewBlock.flags(employed, baseline));
    }

    /** Built the way the start-up build does: persons in order, then all events by person. */
    private static OverviewBlock streamed(java.util.Collection<OverviewBlock.PersonRow> rows) {
        List<OverviewBlock.PersonRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(OverviewBlock.PersonRow::region).thenComparingLong(OverviewBlock.PersonRow::id));
        OverviewBlock.Builder builder = new OverviewBlock.Builder();
        sorted.forEach(r -> builder.addPerson(r.id(), r.region(), r.attr(), r.birth(), r.registered()));
        sorted.stream().sorted(Comparator.comparingLong(OverviewBlock.PersonRow::id)).forEach(r -> {
            for (int e = 0; e < r.eventDays().length; e++) {
                // Flags carry "employed"; baselines are recovered from the missing move-into-work bit where it matters.
                boolean employed = (r.eventFlags()[e] & OverviewBlock.EMPLOYED) != 0;
                boolean wasEmployed = e > 0 && (r.eventFlags()[e - 1] & OverviewBlock.EMPLOYED) != 0;
                boolean baseline = employed && !wasEmployed && (r.eventFlags()[e] & OverviewBlock.MOVE_INTO_WORK) == 0;
                builder.addEvent(r.id(), r.eventDays()[e], employed, baseline);
            }
        });
        return builder.build();
    }

    private static Function<String, int[]> windows() {
        return region -> {
            LocalDate date = LocalDate.parse("2026-06-30");
            long[] men = OverviewBirthWindow.workingAge(RULE, Sex.MALE, date);
            long[] women = OverviewBirthWindow.workingAge(RULE, Sex.FEMALE, date);
            return new int[]{(int) men[0], (int) men[1], (int) women[0], (int) women[1]};
        };
    }

    private static List<String> counts(OverviewSnapshot snapshot, String prefix, LocalDate date) {
        Function<String, int[]> windows = region -> {
            long[] men = OverviewBirthWindow.workingAge(RULE, Sex.MALE, date);
            long[] women = OverviewBirthWindow.workingAge(RULE, Sex.FEMALE, date);
            return new int[]{(int) men[0], (int) men[1], (int) women[0], (int) women[1]};
        };
        return Arrays.stream(snapshot.tally(prefix, List.of(), date, windows)).map(t -> Arrays.toString(t.counts)).toList();
    }
}
