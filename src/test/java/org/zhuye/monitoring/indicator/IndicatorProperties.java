package org.zhuye.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;
import org.zhuye.testing.ZhuyeTest;

/**
 * Properties of every indicator in the catalogue (so each module's indicators are held to them once it
 * publishes them), over whatever the test database holds plus a few moves into work of our own, for random
 * regions and periods: the records listed number the figure (value for counts, base for ratios; for money their
 * amounts add up to it); the records
 * fall in the children as the children's figures say, the rest at the region's own code (本级); parts add to
 * their parent; a flow over a year is the sum of its months.
 */
@ZhuyeTest
class IndicatorProperties {

    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    /** More records than this and the records are not all listed to be split among the children. */
    private static final int LISTED = 3000;

    @Autowired
    Indicators indicators;
    @Autowired
    OverviewFixtures people;
    @Autowired
    EmploymentHistory history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void everyIndicatorAddsUpAcrossChildrenPartsMonthsAndItsRecords() {
        seed();
        List<String> regions = new ArrayList<>(List.of("15"));
        regions.addAll(jdbc.sql("""
                SELECT DISTINCT substr(region_code, 1, n) FROM person, (VALUES (4), (6), (9)) AS l(n)
                WHERE merged_into IS NULL ORDER BY 1""").query(String.class).list());
        List<Indicator> catalogue = indicators.catalogue();
        int thisYear = LocalDate.now().getYear();
        Tries.check(60, in -> {
            Indicator indicator = in.oneOf(catalogue.toArray(Indicator[]::new));
            RegionCode region = RegionCode.of(in.oneOf(regions.toArray(String[]::new)));
            ReportingPeriod period = period(in, thisYear);
            checkRecords(indicator, region, period);
            checkParts(indicator, region, period);
            if (indicator.aggregation() == Aggregation.FLOW) {
                ReportingPeriod year = ReportingPeriod.year(period.from().getYear());
                long months = indicators.monthly(indicator.code(), region, year, PROVINCE).stream().mapToLong(Figure::value).sum();
                assertThat(months).as("%s for %s: months of %s", indicator.code(), region, year.key())
                        .isEqualTo(indicators.figures(indicator.code(), region, year, PROVINCE).total().value());
            }
        });
    }

    private void checkRecords(Indicator indicator, RegionCode region, ReportingPeriod period) {
        RegionFigures figures = indicators.figures(indicator.code(), region, period, PROVINCE);
        boolean ratio = indicator.aggregation() == Aggregation.RATIO;
        long counted = ratio ? figures.total().base() : figures.total().value();
        RecordPage first = indicators.records(indicator.code(), region, period, PROVINCE, 0, LISTED);
        boolean money = indicator.unit() == IndicatorUnit.YUAN;
        if (indicator.aggregation() != Aggregation.MEDIAN && !money) {
            assertThat(first.total()).as("records of %s in %s for %s", indicator.code(), region, period.key()).isEqualTo(counted);
        }
        if (money && first.total() <= LISTED) {
            // An amount of money: each record carries its amount, and the amounts are the figure.
            assertThat(first.rows().stream().mapToLong(RecordPage.Row::value).sum())
                    .as("amounts of the records of %s in %s for %s", indicator.code(), region, period.key()).isEqualTo(counted);
        }
        if (!indicator.additive() && !ratio || first.total() > LISTED || region.childPrefixLength() == 0) {
            return;
        }
        // The listed records, split by the child holding each, are the children's figures; the rest is 本级.
        Map<String, long[]> listed = new HashMap<>();
        for (RecordPage.Row row : first.rows()) {
            String key = region.childHolding(row.regionCode());
            long[] cells = listed.computeIfAbsent(key, k -> new long[2]);
            cells[0] += ratio ? 1 : row.value();
            if (row.counted()) {
                cells[1]++;
            }
        }
        Figure sum = Figure.ZERO;
        for (RegionFigures.Child child : figures.children()) {
            long[] cells = listed.getOrDefault(child.regionCode(), new long[2]);
            Figure expected = ratio ? Figure.ratio(cells[1], cells[0]) : Figure.count(cells[0]);
            assertThat(child.figure()).as("%s of child %s for %s", indicator.code(), child.regionCode(), period.key()).isEqualTo(expected);
            sum = sum.plus(child.figure());
        }
        long[] own = listed.getOrDefault(region.value(), new long[2]);
        Figure ownFigure = ratio ? Figure.ratio(own[1], own[0]) : Figure.count(own[0]);
        assertThat(sum.plus(ownFigure)).as("%s: children + 本级 = total in %s", indicator.code(), region).isEqualTo(figures.total());
    }

    private void checkParts(Indicator indicator, RegionCode region, ReportingPeriod period) {
        List<Indicator> parts = indicators.parts(indicator.code());
        if (parts.isEmpty() || !indicator.additive() || indicator.aggregation() == Aggregation.DISTINCT) {
            return;
        }
        Figure sum = Figure.ZERO;
        for (Indicator part : parts) {
            sum = sum.plus(indicators.figures(part.code(), region, period, PROVINCE).total());
        }
        assertThat(sum).as("parts of %s in %s for %s", indicator.code(), region, period.key())
                .isEqualTo(indicators.figures(indicator.code(), region, period, PROVINCE).total());
    }

    private static ReportingPeriod period(Inputs in, int thisYear) {
        int year = in.between(thisYear - 4, thisYear);
        return switch (in.between(0, 3)) {
            case 0 -> ReportingPeriod.year(year);
            case 1 -> ReportingPeriod.quarter(year, in.between(1, 4));
            case 2 -> ReportingPeriod.month(java.time.YearMonth.of(year, in.between(1, 12)));
            default -> ReportingPeriod.years(year - in.between(0, 2), year);
        };
    }

    /** A few moves into work of our own, of several forms, in one county and at a league's own code. */
    private void seed() {
        String village = jdbc.sql("SELECT code FROM region WHERE level = 5 AND code LIKE '152530%' ORDER BY code LIMIT 1")
                .query(String.class).single();
        String[] forms = {"按比例就业", "集中就业", "公益性岗位就业", "辅助性就业", "灵活就业"};
        for (int i = 0; i < forms.length; i++) {
            long person = people.register(village, LocalDate.parse("1985-01-01").plusDays(97L * i), i % 2 == 0 ? Sex.MALE : Sex.FEMALE, 1 + i, 2);
            history.record(person, new EmploymentInput(LocalDate.now().minusDays(40L * i).toString(), "是", forms[i],
                    null, null, null, null, null, null), false, PROVINCE);
        }
        long atLeague = people.register(village, LocalDate.parse("1980-06-06"), Sex.MALE, 2, 3);
        history.record(atLeague, new EmploymentInput(LocalDate.now().toString(), "是", "集中就业", null, null, null, null, null, null),
                false, PROVINCE);
        jdbc.sql("UPDATE person SET region_code = '152500000000' WHERE id = ?").param(atLeague).update();
        events.publishEvent(PersonsChanged.of(atLeague));
    }
}
