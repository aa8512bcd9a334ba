package org.zhuye.monitoring.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.casework.ServiceKind;
import org.zhuye.casework.publicpost.PlacementInput;
import org.zhuye.casework.publicpost.PublicPosts;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.Sex;
import org.zhuye.person.household.Households;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The casework indicators through {@link Indicators} on the real modules and database, in 乌审旗 (150626), where no
 * other test puts anyone: each test has its own 镇 so its figures are exact.
 */
@ZhuyeTest
class CaseworkIndicatorsTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Indicators indicators;
    @Autowired
    OverviewFixtures people;
    @Autowired
    CaseworkServices services;
    @Autowired
    Households households;
    @Autowired
    PublicPosts posts;

    @Test
    void coverageIsTheCohortWithAllFourServicesOfTheYearByChildAndListsTheCohortMarkingThoseCounted() {
        // 嘎鲁图镇 (150626100): 萨拉乌素社区 and 苏里格社区.
        RegionCode town = RegionCode.of("150626100");
        long complete = people.register("150626100002", LocalDate.parse("1986-03-03"), Sex.MALE, 4, 2);
        people.notEmployed(complete, "2020-01-01", true);
        long partly = people.register("150626100003", LocalDate.parse("1991-07-07"), Sex.FEMALE, 1, 3);
        people.notEmployed(partly, "2020-01-01", true);
        long inWork = people.register("150626100003", LocalDate.parse("1983-01-01"), Sex.MALE, 4, 4);
        people.employed(inWork, "2020-01-01", true);
        for (ServiceKind kind : ServiceKind.values()) {
            services.record(complete, input(kind), PROVINCE);
        }
        services.record(partly, input(ServiceKind.VERIFICATION), PROVINCE);
        long voided = services.record(partly, input(ServiceKind.SERVICE), PROVINCE);
        services.voidService(partly, voided, "误录", PROVINCE);
        services.record(inWork, input(ServiceKind.VERIFICATION), PROVINCE);
        ReportingPeriod year = ReportingPeriod.year(TODAY.getYear());

        RegionFigures all = indicators.figures("four_services_coverage", town, year, PROVINCE);
        assertThat(all.total()).isEqualTo(Figure.ratio(1, 2));
        assertThat(byChild(all)).containsEntry("150626100002", Figure.ratio(1, 1)).containsEntry("150626100003", Figure.ratio(0, 1));
        assertThat(all.children()).as("every 社区 of the 镇, empty ones as zero").hasSizeGreaterThan(2);
        assertThat(indicators.figures("four_services_coverage.verified", town, year, PROVINCE).total()).isEqualTo(Figure.ratio(2, 2));
        assertThat(indicators.figures("four_services_coverage.served", town, year, PROVINCE).total())
                .as("the voided service is not counted").isEqualTo(Figure.ratio(1, 2));
        assertThat(indicators.figures("four_services_coverage", town, ReportingPeriod.quarterOf(TODAY), PROVINCE).total())
                .as("a period counts the cycle year it ends in").isEqualTo(Figure.ratio(1, 2));

        RecordPage records = indicators.records("four_services_coverage", town, year, PROVINCE, 0, 50);
        assertThat(records.total()).isEqualTo(2);
        assertThat(records.rows()).extracting(RecordPage.Row::href)
                .containsExactly("/casework/persons/" + complete, "/casework/persons/" + partly);
        assertThat(records.rows()).extracting(RecordPage.Row::counted).containsExactly(true, false);
        assertThat(records.rows().get(0).label()).startsWith("测试概况（").as("the certificate masked as registry lists mask it").contains("********");
        assertThat(records.rows().get(1).detail()).contains("职业能力评估", "就业服务").doesNotContain("实名核实");
        assertThat(indicators.records("four_services_coverage.verified", town, year, PROVINCE, 0, 50).rows())
                .allMatch(RecordPage.Row::counted);

        assertThat(indicators.figures("four_services_coverage", town, ReportingPeriod.year(2000), PROVINCE).total())
                .as("no 四个一 cycle that year: 0 of 0, not 0%").isEqualTo(Figure.ratio(0, 0));
    }

    @Test
    void aPublicPostForSomeoneOnDibaoHelpsTheHouseholdOutOfZeroEmploymentAndStartsATaperWhileAVoidedOneCountsNowhere() {
        // 乌审召镇 (150626101): 绿洲社区 and 惠泽社区.
        RegionCode town = RegionCode.of("150626101");
        LocalDate start = TODAY.minusDays(1);
        long placed = people.register("150626101001", LocalDate.parse("1984-05-05"), Sex.MALE, 4, 2);
        people.notEmployed(placed, "2020-01-01", true);
        long helped = households.createFor(placed, "绿洲社区1号", LocalDate.parse("2020-01-01"), PROVINCE);
        households.startDibao(helped, LocalDate.parse("2022-01-01"), PROVINCE);
        long waiting = people.register("150626101002", LocalDate.parse("1987-06-06"), Sex.FEMALE, 4, 2);
        people.notEmployed(waiting, "2020-01-01", true);
        long stillZero = households.createFor(waiting, "惠泽社区2号", LocalDate.parse("2020-01-01"), PROVINCE);
        long mistaken = people.register("150626101002", LocalDate.parse("1989-08-08"), Sex.MALE, 4, 2);
        people.notEmployed(mistaken, "2020-01-01", true);
        long backToZero = households.createFor(mistaken, "惠泽社区3号", LocalDate.parse("2020-01-01"), PROVINCE);

        posts.place(placed, new PlacementInput("护林员", "", "乌审召镇人民政府", start.toString(), TODAY.plusYears(1).toString(), ""),
                false, PROVINCE);
        long wrong = posts.place(mistaken, new PlacementInput("保洁员", "", "乌审召镇人民政府", start.toString(),
                TODAY.plusYears(1).toString(), ""), false, PROVINCE);
        posts.voidPlacement(mistaken, wrong, "误录：本人未到岗", PROVINCE);

        ReportingPeriod month = new ReportingPeriod(TODAY.minusDays(30), TODAY);
        RegionFigures zero = indicators.figures("zero_employment_households", town, month, PROVINCE);
        assertThat(zero.total()).isEqualTo(Figure.count(2));
        assertThat(byChild(zero)).containsEntry("150626101001", Figure.ZERO).containsEntry("150626101002", Figure.count(2));
        assertThat(indicators.records("zero_employment_households", town, month, PROVINCE, 0, 50).rows())
                .extracting(RecordPage.Row::href)
                .containsExactly("/persons/households/" + stillZero, "/persons/households/" + backToZero);

        RegionFigures out = indicators.figures("zero_employment_helped", town, month, PROVINCE);
        assertThat(out.total()).isEqualTo(Figure.count(1));
        assertThat(byChild(out)).containsEntry("150626101001", Figure.count(1)).containsEntry("150626101002", Figure.ZERO);
        RecordPage helpedRows = indicators.records("zero_employment_helped", town, month, PROVINCE, 0, 50);
        assertThat(helpedRows.total()).isEqualTo(1);
        assertThat(helpedRows.rows()).singleElement().satisfies(r -> {
            assertThat(r.href()).isEqualTo("/persons/households/" + helped);
            assertThat(r.date()).isEqualTo(start);
            assertThat(r.label()).contains("测试概况");
        });

        RegionFigures inPost = indicators.figures("public_posts_in_post", town, month, PROVINCE);
        assertThat(inPost.total()).as("the voided placement is not counted").isEqualTo(Figure.count(1));
        assertThat(byChild(inPost)).containsEntry("150626101001", Figure.count(1));
        assertThat(indicators.records("public_posts_in_post", town, month, PROVINCE, 0, 50).rows()).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("护林员"));

        RegionFigures tapering = indicators.figures("dibao_tapering", town, month, PROVINCE);
        assertThat(tapering.total()).isEqualTo(Figure.count(1));
        assertThat(indicators.records("dibao_tapering", town, month, PROVINCE, 0, 50).rows()).singleElement()
                .satisfies(r -> assertThat(r.href()).isEqualTo("/casework/persons/" + placed));

        ReportingPeriod before = new ReportingPeriod(TODAY.minusDays(30), TODAY.minusDays(2));
        assertThat(indicators.figures("zero_employment_households", town, before, PROVINCE).total())
                .as("the day before the placement all three were zero-employment").isEqualTo(Figure.count(3));
        assertThat(indicators.figures("zero_employment_helped", town, before, PROVINCE).total()).isEqualTo(Figure.ZERO);
        assertThat(indicators.figures("public_posts_in_post", town, before, PROVINCE).total()).isEqualTo(Figure.ZERO);
        assertThat(indicators.figures("dibao_tapering", town, before, PROVINCE).total()).isEqualTo(Figure.ZERO);
    }

    private static Map<String, Figure> byChild(RegionFigures figures) {
        return figures.children().stream().collect(Collectors.toMap(RegionFigures.Child::regionCode, RegionFigures.Child::figure));
    }

    private static ServiceInput input(ServiceKind kind) {
        String day = TODAY.toString();
        return switch (kind) {
            case VERIFICATION -> new ServiceInput("VERIFICATION", day, "乌云", "入户核对证件和电话", "CONFIRMED", null, null, null, null, null);
            case ASSESSMENT -> new ServiceInput("ASSESSMENT", day, "乌云", "面谈评估", "ABLE", null, null, null, null, null);
            case DEMAND -> new ServiceInput("DEMAND", day, "乌云", "希望在附近做保洁", "WANTS_JOB", null, null, null, null, null);
            case SERVICE -> new ServiceInput("SERVICE", day, "乌云", "讲解求职技巧", "ONGOING", "GUIDANCE", null, null, null, null);
        };
    }
}
