package org.zhuye.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuye.casework.OccupationList;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.CourseKind;
import org.zhuye.training.TrainingRuleException;

class CourseInputTest {

    /** Two entries of the 2022 大典, as the occupation_class table holds them. */
    static final OccupationList OCCUPATIONS = new OccupationList() {
        final Map<String, String> names = Map.of("4", "社会生产服务和生活服务人员", "4-10", "健康、体育和休闲服务人员");

        @Override
        public boolean known(String code) {
            return code != null && names.containsKey(code);
        }

        @Override
        public String name(String code) {
            return names.getOrDefault(code, "");
        }

        @Override
        public List<Group> groups() {
            return List.of(new Group(new Entry("4", names.get("4")), List.of(new Entry("4-10", names.get("4-10")))));
        }
    };

    static final Jurisdiction CHIFENG = Jurisdiction.of("1504");

    static CourseInput good() {
        return new CourseInput("7", "VOCATIONAL", " 保健按摩师（初级）班 ", "4-10", "ON_SITE", "150402001001", "红山区培训楼3层",
                "2026-03-02", "2026-03-13", "80", "30", "1200.50", "第一周理论，第二周实操", List.of(new Teacher("王老师", "保健按摩师一级")),
                "理论笔试加实操考核");
    }

    static CourseInput with(String field, String value) {
        CourseInput g = good();
        return new CourseInput(field.equals("providerId") ? value : g.providerId(), field.equals("kind") ? value : g.kind(),
                field.equals("title") ? value : g.title(), field.equals("occupationCode") ? value : g.occupationCode(),
                field.equals("delivery") ? value : g.delivery(), field.equals("regionCode") ? value : g.regionCode(),
                field.equals("address") ? value : g.address(), field.equals("startsOn") ? value : g.startsOn(),
                field.equals("endsOn") ? value : g.endsOn(), field.equals("hours") ? value : g.hours(),
                field.equals("capacity") ? value : g.capacity(), field.equals("subsidyStandard") ? value : g.subsidyStandard(),
                field.equals("teachingPlan") ? value : g.teachingPlan(), g.teachers(),
                field.equals("assessmentMethod") ? value : g.assessmentMethod());
    }

    static CourseInput withTeachers(List<Teacher> teachers) {
        CourseInput g = good();
        return new CourseInput(g.providerId(), g.kind(), g.title(), g.occupationCode(), g.delivery(), g.regionCode(), g.address(),
                g.startsOn(), g.endsOn(), g.hours(), g.capacity(), g.subsidyStandard(), g.teachingPlan(), teachers,
                g.assessmentMethod());
    }

    static Map<String, String> errors(CourseInput input) {
        try {
            input.validate(OCCUPATIONS, CHIFENG);
            return Map.of();
        } catch (TrainingRuleException e) {
            return e.fieldErrors();
        }
    }

    @Test
    void aCompleteApplicationIsAcceptedCleaned() {
        CourseData data = good().validate(OCCUPATIONS, CHIFENG);
        assertThat(data.title()).isEqualTo("保健按摩师（初级）班");
        assertThat(data.kind()).isEqualTo(CourseKind.VOCATIONAL);
        assertThat(data.occupationLabel()).isEqualTo("健康、体育和休闲服务人员");
        assertThat(data.regionCode()).isEqualTo("150402001001");
        assertThat(data.startsOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(data.subsidyStandard()).isEqualByComparingTo(new BigDecimal("1200.50"));
        assertThat(data.teachers()).containsExactly(new Teacher("王老师", "保健按摩师一级"));
    }

    @Test
    void everyBrokenFieldIsNamedAtOnceInChinese() {
        CourseInput bad = new CourseInput("x", "KNITTING", " ", "9-99", "BY_POST", "1504", null, "2026-02-30", "tomorrow",
                "0", "1001", "-5", "计".repeat(4001), List.of(new Teacher(" ", null)), "考".repeat(1001));
        assertThat(errors(bad)).containsOnlyKeys("providerId", "kind", "title", "occupationCode", "delivery", "regionCode",
                "startsOn", "endsOn", "hours", "capacity", "subsidyStandard", "teachingPlan", "teachers", "assessmentMethod");
        assertThat(errors(bad).values()).allMatch(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void theOccupationIsRequiredForVocationalAndUpskillCoursesOnly() {
        assertThat(errors(with("occupationCode", null))).containsKey("occupationCode");
        CourseInput upskill = with("kind", "UPSKILL");
        assertThat(errors(new CourseInput(upskill.providerId(), "UPSKILL", upskill.title(), null, upskill.delivery(),
                upskill.regionCode(), upskill.address(), upskill.startsOn(), upskill.endsOn(), upskill.hours(), upskill.capacity(),
                upskill.subsidyStandard(), null, List.of(), null))).containsOnlyKeys("occupationCode");
        for (String kind : List.of("PRACTICAL", "STARTUP", "MASSAGE")) {
            CourseInput g = good();
            assertThat(errors(new CourseInput(g.providerId(), kind, g.title(), null, g.delivery(), g.regionCode(), g.address(),
                    g.startsOn(), g.endsOn(), g.hours(), g.capacity(), g.subsidyStandard(), null, List.of(), null)))
                    .as(kind).isEmpty();
        }
        assertThat(errors(with("occupationCode", "9-99")).get("occupationCode")).contains("9-99");
    }

    @Test
    void thePlaceIsACountyOrBelowInsideTheJurisdiction() {
        assertThat(errors(with("regionCode", "150400000000")).get("regionCode")).contains("旗县");
        assertThat(errors(with("regionCode", "150402000000"))).isEmpty();
        assertThat(errors(with("regionCode", "150102000000")).get("regionCode")).contains("管辖范围");
        assertThat(errors(with("regionCode", "abc"))).containsKey("regionCode");
    }

    @Test
    void anAddressIsNeededWhereTraineesComeToAPlace() {
        assertThat(errors(with("address", " ")).get("address")).contains("线下面授");
        CourseInput mixed = with("delivery", "MIXED");
        assertThat(errors(new CourseInput(mixed.providerId(), mixed.kind(), mixed.title(), mixed.occupationCode(), "MIXED",
                mixed.regionCode(), null, mixed.startsOn(), mixed.endsOn(), mixed.hours(), mixed.capacity(),
                mixed.subsidyStandard(), mixed.teachingPlan(), mixed.teachers(), mixed.assessmentMethod()))).containsKey("address");
        CourseInput online = with("delivery", "ONLINE");
        assertThat(errors(new CourseInput(online.providerId(), online.kind(), online.title(), online.occupationCode(), "ONLINE",
                online.regionCode(), null, online.startsOn(), online.endsOn(), online.hours(), online.capacity(),
                online.subsidyStandard(), online.teachingPlan(), online.teachers(), online.assessmentMethod()))).isEmpty();
        assertThat(errors(with("address", "址".repeat(201)))).containsKey("address");
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        assertThat(errors(with("endsOn", "2026-03-01")).get("endsOn")).contains("早于开班日期");
        CourseInput oneDay = with("endsOn", "2026-03-02");
        assertThat(errors(new CourseInput(oneDay.providerId(), oneDay.kind(), oneDay.title(), oneDay.occupationCode(),
                oneDay.delivery(), oneDay.regionCode(), oneDay.address(), oneDay.startsOn(), "2026-03-02", "8",
                oneDay.capacity(), oneDay.subsidyStandard(), oneDay.teachingPlan(), oneDay.teachers(),
                oneDay.assessmentMethod()))).isEmpty();
    }

    @Test
    void hoursAreOneToTwoThousandAndAtMostTwelveADayOfTheSpan() {
        assertThat(errors(with("hours", "0"))).containsKey("hours");
        assertThat(errors(with("hours", "2001"))).containsKey("hours");
        assertThat(errors(with("hours", "1.5"))).containsKey("hours");
        // 2 to 13 March: 12 days, so 144 hours at most
        assertThat(errors(with("hours", "144"))).isEmpty();
        assertThat(errors(with("hours", "145")).get("hours")).contains("12天").contains("144");
    }

    @Test
    void capacityIsOneToAThousand() {
        assertThat(errors(with("capacity", "0"))).containsKey("capacity");
        assertThat(errors(with("capacity", "1"))).isEmpty();
        assertThat(errors(with("capacity", "1000"))).isEmpty();
        assertThat(errors(with("capacity", "1001"))).containsKey("capacity");
    }

    @Test
    void theSubsidyStandardIsAnAmountOfAtLeastZero() {
        assertThat(errors(with("subsidyStandard", "0"))).isEmpty();
        assertThat(errors(with("subsidyStandard", "-1"))).containsKey("subsidyStandard");
        assertThat(errors(with("subsidyStandard", "12.345"))).containsKey("subsidyStandard");
        assertThat(errors(with("subsidyStandard", null))).containsKey("subsidyStandard");
    }

    @Test
    void theApplicationPartsMayWaitOnADraftButAreBoundedInLength() {
        CourseInput g = good();
        assertThat(errors(new CourseInput(g.providerId(), g.kind(), g.title(), g.occupationCode(), g.delivery(), g.regionCode(),
                g.address(), g.startsOn(), g.endsOn(), g.hours(), g.capacity(), g.subsidyStandard(), null, List.of(), null))).isEmpty();
        assertThat(errors(with("teachingPlan", "计".repeat(4001)))).containsKey("teachingPlan");
        assertThat(errors(with("assessmentMethod", "考".repeat(1001)))).containsKey("assessmentMethod");
    }

    @Test
    void eachTeacherHasANameAndAQualificationAndThereAreAtMostTwenty() {
        assertThat(errors(withTeachers(List.of(new Teacher("李老师", " ")))).get("teachers")).contains("第1位教师须填写资质");
        assertThat(errors(withTeachers(List.of(new Teacher("李老师", "高级技师"), new Teacher(null, "讲师")))).get("teachers"))
                .contains("第2位教师须填写姓名");
        assertThat(errors(withTeachers(Collections.nCopies(20, new Teacher("张老师", "技师"))))).isEmpty();
        assertThat(errors(withTeachers(Collections.nCopies(21, new Teacher("张老师", "技师")))).get("teachers")).contains("至多20位");
    }

    @Test
    void aTitleIsOneToEightyCharacters() {
        assertThat(errors(with("title", "班".repeat(80)))).isEmpty();
        assertThat(errors(with("title", "班".repeat(81)))).containsKey("title");
        assertThat(errors(with("title", null))).containsKey("title");
    }
}
