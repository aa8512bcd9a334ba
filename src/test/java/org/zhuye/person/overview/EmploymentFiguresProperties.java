package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.EmploymentFigures;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.Hukou;
import org.zhuye.person.MovesIntoWork;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Tries;
import org.zhuye.testing.ZhuyeTest;

/**
 * The snapshot's employment counts ({@link EmploymentFigures}) against the SQL list of moves into work
 * ({@link MovesIntoWork}) that the records pages show, cell by cell (child × form × 户籍), for random regions
 * and periods over generated histories: voided events, baselines, two moves in one year, persons registered at
 * a league's and a county's own code, merged persons, both 户籍. Working age and employment at a day against
 * the region overview, which its own reference test holds to plain SQL.
 */
@ZhuyeTest
class EmploymentFiguresProperties {

    private static final List<String> TOWNSHIPS = List.of("152923001", "152923002", "152923100");
    private static final List<String> FORMS = List.of("按比例就业", "集中就业", "个体就业（含自主创业）", "公益性岗位就业",
            "辅助性就业", "农村种养加", "灵活就业");
    private static final LocalDate START = LocalDate.parse("2019-01-01");

    @Autowired
    EmploymentFigures figures;
    @Autowired
    MovesIntoWork moves;
    @Autowired
    RegionOverview overview;
    @Autowired
    PersonRegistry registry;
    @Autowired
    EmploymentHistory history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void snapshotCountsEqualTheCountsOfTheSqlListForRandomRegionsAndPeriods() {
        populate(new Random(20261205));
        List<String> regions = new ArrayList<>(List.of("15", "1529", "152923", "1501"));
        regions.addAll(TOWNSHIPS);
        regions.addAll(jdbc.sql("SELECT DISTINCT region_code FROM person WHERE region_code LIKE '1529%' ORDER BY region_code")
                .query(String.class).list());
        LocalDate today = LocalDate.now();
        Tries.check(40, in -> {
            RegionCode region = RegionCode.of(in.oneOf(regions.toArray(String[]::new)));
            LocalDate from = START.plusDays(in.between(0, (int) (today.toEpochDay() - START.toEpochDay())));
            LocalDate end = in.bool() ? from.plusDays(in.between(0, 40)) : from.plusYears(in.between(0, 3)).withDayOfYear(1).minusDays(1);
            LocalDate to = end.isBefore(from) ? from : end;
            EmploymentFigures.Moves counted = figures.countMoves(region, from, to, OverviewFixtures.PROVINCE);
            Map<String, long[]> listed = new TreeMap<>();
            for (MovesIntoWork.Move move : moves.list(region, from, to, OverviewFixtures.PROVINCE, 0, Integer.MAX_VALUE)) {
                String key = SnapshotEmploymentFigures.keyOf(region, move.regionCode());
                listed.computeIfAbsent(key, k -> new long[EmploymentFigures.FORMS * 2])
                        [EmploymentFigures.Moves.cell(move.form() == null ? 0 : move.form(), move.hukou())]++;
            }
            assertThat(counted.byKey().keySet()).as("keys of %s %s–%s", region, from, to).isEqualTo(listed.keySet());
            listed.forEach((key, cells) -> assertThat(counted.byKey().get(key)).as("%s in %s %s–%s", key, region, from, to)
                    .containsExactly(cells));
            Integer form = in.bool() ? null : in.between(0, 7);
            Hukou hukou = in.bool() ? null : in.oneOf(Hukou.class);
            assertThat(moves.count(region, from, to, new MovesIntoWork.Only(form, hukou), OverviewFixtures.PROVINCE))
                    .as("SQL count of form %s, 户籍 %s", form, hukou).isEqualTo(counted.total(form, hukou));

            LocalDate day = to.isAfter(today) ? today : to;
            EmploymentFigures.Employed employed = figures.countEmployed(region, day, OverviewFixtures.PROVINCE);
            OverviewFigures reference = overview.find(region, day, OverviewFixtures.PROVINCE).orElseThrow().figures();
            assertThat(new long[]{employed.totalEmployed(), employed.totalWorkingAge()}).as("employed, working age on %s", day)
                    .containsExactly(reference.workingAgeEmployed(), reference.workingAge());
            EmploymentFigures.WorkingAgePage page = figures.listWorkingAge(region, day, true, OverviewFixtures.PROVINCE, 0, 5);
            assertThat(page.total()).isEqualTo(employed.totalEmployed());
            assertThat(page.rows()).hasSize((int) Math.min(5, page.total())).allMatch(EmploymentFigures.WorkingAgePerson::employed);
        });
    }

    private void populate(Random random) {
        List<String> villages = jdbc.sql("SELECT code FROM region WHERE level = 5 AND (" + String.join(" OR ",
                        TOWNSHIPS.stream().map(t -> "code LIKE '" + t + "%'").toList()) + ") ORDER BY code")
                .query(String.class).list();
        LocalDate today = LocalDate.now();
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 80; n++) {
            LocalDate birth = LocalDate.parse("1965-01-01").plusDays(random.nextInt(40 * 365));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            PersonInput input = new PersonInput(OverviewFixtures.certificate(birth, sex, 1 + random.nextInt(6), 1 + random.nextInt(4)),
                    "测试就业", "汉族", "初级中学", villages.get(random.nextInt(villages.size())), random.nextBoolean() ? "农村" : "城镇",
                    null, null, null, null, null, null, null, null);
            long id = registry.register(input, OverviewFixtures.PROVINCE);
            ids.add(id);
            LocalDate from = birth.plusYears(16).isAfter(START) ? birth.plusYears(16) : START;
            int span = (int) (today.toEpochDay() - from.toEpochDay());
            List<LocalDate> days = new ArrayList<>();
            for (int e = random.nextInt(6); e > 0 && span > 0; e--) {
                days.add(from.plusDays(random.nextInt(span + 1)));
            }
            if (random.nextInt(4) == 0 && span > 400) {
                // Two moves into work within one year: in, out, in again.
                LocalDate first = from.plusDays(random.nextInt(span - 200));
                days.addAll(List.of(first, first.plusDays(60), first.plusDays(120)));
            }
            days.sort(null);
            boolean employed = random.nextBoolean();
            for (int e = 0; e < days.size(); e++) {
                boolean baseline = e == 0 && random.nextBoolean();
                EmploymentInput status = employed
                        ? new EmploymentInput(days.get(e).toString(), "是", FORMS.get(random.nextInt(FORMS.size())), null, null, null, null, null, null)
                        : new EmploymentInput(days.get(e).toString(), "否", null, null, null, null, null, "无就业技能", "家庭成员供养");
                long eventId = history.record(id, status, baseline, OverviewFixtures.PROVINCE);
                if (random.nextInt(7) == 0) {
                    history.voidRecord(id, eventId, "误录", OverviewFixtures.PROVINCE);
                }
                employed = !employed;
            }
        }
        // Persons registered at a league's and at a county's own code (本级), not at a village.
        for (int i = 0; i < 6; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            jdbc.sql("UPDATE person SET region_code = ? WHERE id = ?").params(i % 2 == 0 ? "152900000000" : "152923000000", id).update();
            events.publishEvent(PersonsChanged.of(id));
        }
        for (int m = 0; m < 5; m++) {
            long merged = ids.get(random.nextInt(ids.size()));
            long into = ids.get(random.nextInt(ids.size()));
            if (merged != into) {
                jdbc.sql("UPDATE person SET merged_into = ? WHERE id = ? AND merged_into IS NULL").params(into, merged).update();
                events.publishEvent(PersonsChanged.of(merged));
            }
        }
    }
}
