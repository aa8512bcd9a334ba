package org.zhuye.monitoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.startup.BusinessInput;
import org.zhuye.training.startup.Businesses;
import org.zhuye.training.subsidy.SubsidyFixtures;

/**
 * Training and start-up indicators through {@link Indicators} on the real database, in 杭锦旗 (150625), where no other
 * test puts anyone: each test has its own 镇 so its figures are exact.
 */
@ZhuyeTest
class TrainingIndicatorsTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();
    /** The start-up module dates grants by the day in China. */
    static final LocalDate CHINA_TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Autowired
    Indicators indicators;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    SubsidyFixtures courses;
    @Autowired
    Businesses businesses;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonRepository repository;

    @Test
    void personTimesAreCompletedEnrolmentsByResultDateAndPersonsAreDistinctByTheTraineesRegion() {
        // 锡尼镇 (150625100): 建安社区 and 团结社区.
        RegionCode town = RegionCode.of("150625100");
        String traineeCertificate = PersonTestNumbers.next(4, 3);
        long trainee = registry.register(new PersonInput(traineeCertificate, "培训学员甲", null, null, "150625100001", "农村",
                null, null, null, null, null, null, null, null), PROVINCE);
        long other = PersonTestNumbers.register(accounts, "培训学员乙", "150625100002");
        long provider = courses.provider("杭锦旗职业培训学校", "150625000000");
        var vocational = courses.course(provider, "电商客服班", "VOCATIONAL", "150625000000", TODAY.minusDays(10), BigDecimal.TEN, 2);
        var practical = courses.course(provider, "养殖技术班", "PRACTICAL", "150625000000", TODAY.minusDays(5), BigDecimal.TEN, 2);
        var old = courses.course(provider, "往年种植班", "PRACTICAL", "150625000000", TODAY.minusYears(2), BigDecimal.TEN, 2);
        courses.enrol(vocational, trainee, 2, "PASSED", TODAY.minusDays(10));
        courses.enrol(practical, trainee, 2, "FAILED", TODAY.minusDays(5));
        courses.enrol(vocational, other, 1, "WITHDRAWN", TODAY.minusDays(10));
        courses.enrol(old, other, 2, "PASSED", TODAY.minusYears(2));
        ReportingPeriod month = new ReportingPeriod(TODAY.minusDays(30), TODAY);

        RegionFigures times = indicators.figures("training_person_times", town, month, PROVINCE);
        assertThat(times.total()).as("passed and failed count, withdrawn and outside the period do not").isEqualTo(Figure.count(2));
        assertThat(byChild(times)).containsEntry("150625100001", Figure.count(2)).containsEntry("150625100002", Figure.ZERO);
        RegionFigures persons = indicators.figures("training_persons", town, month, PROVINCE);
        assertThat(persons.total()).isEqualTo(Figure.count(1));
        assertThat(byChild(persons)).containsEntry("150625100001", Figure.count(1));
        assertThat(indicators.figures("training_person_times.vocational", town, month, PROVINCE).total()).isEqualTo(Figure.count(1));
        assertThat(indicators.figures("training_person_times.practical", town, month, PROVINCE).total()).isEqualTo(Figure.count(1));
        assertThat(indicators.figures("training_persons.practical", town, month, PROVINCE).total()).isEqualTo(Figure.count(1));
        assertThat(indicators.figures("training_persons.massage", town, month, PROVINCE).total()).isEqualTo(Figure.ZERO);
        assertThat(indicators.parts("training_persons")).extracting(i -> i.code()).containsExactly("training_persons.vocational",
                "training_persons.practical", "training_persons.startup", "training_persons.upskill", "training_persons.massage");

        RecordPage timeRows = indicators.records("training_person_times", town, month, PROVINCE, 0, 50);
        assertThat(timeRows.total()).isEqualTo(2);
        assertThat(timeRows.rows()).extracting(RecordPage.Row::date).containsExactly(TODAY.minusDays(10), TODAY.minusDays(5));
        assertThat(timeRows.rows()).allSatisfy(r -> {
            assertThat(r.href()).isEqualTo("/persons/" + trainee + "/training");
            assertThat(r.label()).startsWith("培训学员甲（").contains("****");
        });
        assertThat(timeRows.rows().get(1).detail()).contains("实用技术培训", "养殖技术班", "不合格");
        RecordPage personRows = indicators.records("training_persons", town, month, PROVINCE, 0, 50);
        assertThat(personRows.total()).isEqualTo(1);
        assertThat(personRows.rows()).singleElement().satisfies(r -> assertThat(r.date()).isEqualTo(TODAY.minusDays(10)));

        // The trainee moves to 团结社区: their person-times go with them at once (counted by where they are registered).
        registry.update(trainee, repository.find(trainee, PROVINCE).orElseThrow().version(), new PersonInput(traineeCertificate,
                "培训学员甲", null, null, "150625100002", "农村", null, null, null, null, null, null, null, null), PROVINCE);
        RegionFigures moved = indicators.figures("training_person_times", town, month, PROVINCE);
        assertThat(moved.total()).isEqualTo(Figure.count(2));
        assertThat(byChild(moved)).containsEntry("150625100001", Figure.ZERO).containsEntry("150625100002", Figure.count(2));
        // A result recorded later counts on the next read.
        courses.enrol(practical, other, 2, "PASSED", TODAY.minusDays(5));
        assertThat(indicators.figures("training_persons", town, month, PROVINCE).total()).isEqualTo(Figure.count(2));
    }

    @Test
    void businessesCountByTheirStartAndTheSubsidyByItsGrantInFenWhereTheBusinessIs() {
        // 锡尼镇 (150625100): 育才社区 and 民乐社区.
        RegionCode town = RegionCode.of("150625100");
        UserAccount staff = accounts.create("hangjin-startup", "150625000000", Role.STAFF);
        Jurisdiction area = staff.jurisdiction();
        long first = PersonTestNumbers.register(accounts, "创业者甲", "150625100003");
        long second = PersonTestNumbers.register(accounts, "创业者乙", "150625100004");
        LocalDate started = CHINA_TODAY.minusMonths(8);
        long granted = businesses.create(input(first, "甲的牧家乐", started, "150625100003"), staff, area);
        long young = businesses.create(input(second, "乙的修理铺", CHINA_TODAY.minusMonths(1), "150625100004"), staff, area);
        businesses.grantSubsidy(granted, staff, area);
        ReportingPeriod since = new ReportingPeriod(started, CHINA_TODAY);

        RegionFigures started2 = indicators.figures("businesses", town, since, PROVINCE);
        assertThat(byChild(started2)).containsEntry("150625100003", Figure.count(1)).containsEntry("150625100004", Figure.count(1));
        assertThat(started2.total()).isEqualTo(Figure.count(2));
        assertThat(indicators.records("businesses", town, since, PROVINCE, 0, 50).rows()).extracting(RecordPage.Row::href)
                .containsExactly("/businesses/" + granted, "/businesses/" + young);
        assertThat(indicators.figures("businesses", town, new ReportingPeriod(started.plusDays(1), CHINA_TODAY), PROVINCE)
                .total()).isEqualTo(Figure.count(1));

        RegionFigures subsidy = indicators.figures("startup_subsidy", town, since, PROVINCE);
        assertThat(subsidy.total()).as("5000 元 in fen").isEqualTo(Figure.count(500_000));
        assertThat(byChild(subsidy)).containsEntry("150625100003", Figure.count(500_000)).containsEntry("150625100004", Figure.ZERO);
        assertThat(indicators.records("startup_subsidy", town, since, PROVINCE, 0, 50).rows()).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("5,000.00"));
        assertThat(indicators.figures("startup_subsidy", town, new ReportingPeriod(started, CHINA_TODAY.minusDays(1)), PROVINCE)
                .total()).as("granted today, not before").isEqualTo(Figure.ZERO);
    }

    private static BusinessInput input(long owner, String name, LocalDate startedOn, String village) {
        return new BusinessInput(String.valueOf(owner), "INDIVIDUAL", name, TestCreditCodes.next("92", "150625"), "H",
                startedOn.toString(), village, "锡尼镇某街1号", "2", "1", null, null, null);
    }

    private static Map<String, Figure> byChild(RegionFigures figures) {
        return figures.children().stream().collect(Collectors.toMap(RegionFigures.Child::regionCode, RegionFigures.Child::figure));
    }
}
