package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The snapshot against a slow, plain SQL recomputation: a random population with random histories
 * (voided events, baselines, backdated registrations, revoked and deceased certificates, merges)
 * and then random regions and dates, every figure and every child row compared.
 */
@ZhuyeTest
class RegionOverviewReferenceTest {

    static final List<String> TOWNSHIPS = List.of("152923001", "152923002", "152923100");

    @Autowired
    OverviewFixtures fixtures;
    @Autowired
    RegionOverview overview;
    @Autowired
    WorkingAgeRules rules;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theSnapshotAgreesWithPlainSqlOnRandomRegionsAndDates() {
        Random random = new Random(20261122);
        populate(random);
        LocalDate today = LocalDate.now();
        List<String> regions = new ArrayList<>(List.of("15", "1529", "152923", "1501", "150102"));
        regions.addAll(TOWNSHIPS);
        regions.addAll(jdbc.sql("SELECT DISTINCT region_code FROM person ORDER BY region_code").query(String.class).list());
        List<LocalDate> dates = new ArrayList<>(List.of(today, LocalDate.of(today.getYear(), 1, 1),
                LocalDate.parse("2024-12-31"), LocalDate.parse("2025-01-01")));
        for (int i = 0; i < 30; i++) {
            dates.add(LocalDate.parse("2016-01-01").plusDays(random.nextInt((int) (today.toEpochDay() - LocalDate.parse("2016-01-01").toEpochDay()) + 1)));
        }
        int compared = 0;
        for (int i = 0; i < 60; i++) {
            String region = regions.get(random.nextInt(regions.size()));
            LocalDate date = dates.get(random.nextInt(dates.size()));
            RegionOverviewReport report = overview.find(RegionCode.of(region), date, OverviewFixtures.PROVINCE).orElseThrow();
            assertThat(report.figures()).as("%s on %s", region, date).isEqualTo(reference(RegionCode.of(region).significantPrefix(), date));
            for (RegionOverviewReport.Row child : report.children()) {
                assertThat(child.figures()).as("%s on %s", child.region().code(), date)
                        .isEqualTo(reference(child.region().significantPrefix(), date));
                compared++;
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(60);
    }

    private void populate(Random random) {
        List<String> villages = jdbc.sql("SELECT code FROM region WHERE level = 5 AND (" + String.join(" OR ",
                        TOWNSHIPS.stream().map(t -> "code LIKE '" + t + "%'").toList()) + ") ORDER BY code")
                .query(String.class).list();
        LocalDate today = LocalDate.now();
        String[] statuses = {null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "已过期", "已注销", "已去世"};
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            LocalDate birth = LocalDate.parse("1940-01-01").plusDays(random.nextInt(80 * 365));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            long id = fixtures.register(villages.get(random.nextInt(villages.size())), birth, sex, 1 + random.nextInt(7),
                    1 + random.nextInt(4), statuses[random.nextInt(statuses.length)]);
            ids.add(id);
            LocalDate from = birth.isAfter(LocalDate.parse("2014-01-01")) ? birth : LocalDate.parse("2014-01-01");
            int span = (int) (today.toEpochDay() - from.toEpochDay());
            int count = random.nextInt(5);
            for (int e = 0; e < count && span > 0; e++) {
                String day = from.plusDays(random.nextInt(span + 1)).toString();
                boolean baseline = e == 0 && random.nextBoolean();
                long eventId = random.nextBoolean() ? fixtures.employed(id, day, baseline) : fixtures.notEmployed(id, day, baseline);
                if (random.nextInt(6) == 0) {
                    fixtures.voidEvent(id, eventId);
                }
            }
            LocalDate registered = LocalDate.parse("2015-01-01").plusDays(random.nextInt((int) (today.toEpochDay()
                    - LocalDate.parse("2015-01-01").toEpochDay()) + 1));
            // Nobody is registered before they are born (the two counts differ only for such impossible records).
            fixtures.registeredOn(registered.isBefore(birth) ? birth : registered, id);
        }
        for (int m = 0; m < 6; m++) {
            long merged = ids.get(random.nextInt(ids.size()));
            long into = ids.get(random.nextInt(ids.size()));
            if (merged != into) {
                jdbc.sql("UPDATE person SET merged_into = ? WHERE id = ? AND merged_into IS NULL").params(into, merged).update();
                events.publishEvent(PersonsChanged.of(merged));
            }
        }
    }

    /** Every figure recomputed person by person from SQL, with the rules applied one person at a time. */
    private OverviewFigures reference(String prefix, LocalDate date) {
        OverviewTally tally = new OverviewTally();
        long[] c = tally.counts;
        LocalDate yearStart = date.withDayOfYear(1);
        jdbc.sql("""
                SELECT p.region_code, p.sex, p.birth_date, p.category, p.grade, p.cert_status,
                       (SELECT e.employed FROM employment_event e
                        WHERE e.person_id = p.id AND e.voided_at IS NULL AND e.effective_on <= :d
                        ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) AS employed,
                       EXISTS (SELECT 1 FROM (
                                   SELECT e.employed, e.baseline, e.effective_on,
                                          lag(e.employed) OVER (ORDER BY e.effective_on, e.id) AS was_employed
                                   FROM employment_event e
                                   WHERE e.person_id = p.id AND e.voided_at IS NULL AND e.effective_on <= :d) t
                               WHERE t.employed AND NOT t.baseline AND t.effective_on >= :yearStart
                                 AND coalesce(t.was_employed, false) = false) AS moved
                FROM person p
                WHERE p.region_code LIKE :prefix AND p.merged_into IS NULL AND p.registered_on <= :d
                """)
                .param("d", Date.valueOf(date))
                .param("yearStart", Date.valueOf(yearStart))
                .param("prefix", prefix + "%")
                .query((rs, i) -> {
                    String status = rs.getString("cert_status");
                    if (status.equals("REVOKED")) {
                        c[OverviewTally.REVOKED]++;
                        return null;
                    }
                    if (status.equals("DECEASED")) {
                        c[OverviewTally.DECEASED]++;
                        return null;
                    }
                    Sex sex = "M".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE;
                    LocalDate birth = rs.getDate("birth_date").toLocalDate();
                    c[OverviewTally.TOTAL]++;
                    c[OverviewTally.CATEGORY + rs.getInt("category") - 1]++;
                    c[OverviewTally.GRADE + rs.getInt("grade") - 1]++;
                    c[OverviewTally.SEX + (sex == Sex.FEMALE ? 1 : 0)]++;
                    for (int b = OverviewAgeBand.BANDS.size() - 1; b >= 0; b--) {
                        if (!birth.plusYears(OverviewAgeBand.BANDS.get(b).fromYears()).isAfter(date)) {
                            c[OverviewTally.BAND + b]++;
                            break;
                        }
                    }
                    Object employed = rs.getObject("employed");
                    int state = employed == null ? OverviewTally.NO_STATUS
                            : (Boolean) employed ? OverviewTally.EMPLOYED : OverviewTally.NOT_EMPLOYED;
                    c[state]++;
                    if (rules.on(rs.getString("region_code"), date).isOfWorkingAge(sex, birth, date)) {
                        c[OverviewTally.WORKING_AGE]++;
                        c[state + OverviewTally.WORKING_AGE_OFFSET]++;
                    }
                    if (rs.getBoolean("moved")) {
                        c[OverviewTally.NEW_EMPLOYMENT]++;
                    }
                    return null;
                })
                .list();
        return tally.figures();
    }
}
