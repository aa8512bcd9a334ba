package org.zhuye.jobs.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuye.casework.OccupationList;
import org.zhuye.jobs.ContractType;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.CodeLists;

class PostingInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static final CodeLists CODES = new CodeLists(Map.of(
            CodeLists.EMPLOYMENT_FORM, Map.of("1", "按比例就业", "3", "个体就业"),
            CodeLists.EDUCATION, Map.of("60", "普通高级中学", "70", "初级中学")));

    /** Two entries of the 2022 大典, as the occupation_class table holds them. */
    static final OccupationList OCCUPATIONS = new OccupationList() {
        final Map<String, String> names = Map.of("4", "社会生产服务和生活服务人员", "4-01", "批发与零售服务人员");

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
            return List.of(new Group(new Entry("4", names.get("4")), List.of(new Entry("4-01", names.get("4-01")))));
        }
    };

    static PostingInput good() {
        return new PostingInput(null, " 电商客服 ", "4-01", "3", "150402001001", "红山区某路1号", "HOME_BASED", "1", "40",
                "白班", "2500", "3500", "FIXED_TERM", "true", "初级中学", List.of("1", "4"),
                List.of("SCREEN_READER", "FLEXIBLE_HOURS"), Map.of("eyesight", "0", "handWork", "2", "listeningTalking", "1"),
                "在家接听咨询", "2027-03-31");
    }

    static Map<String, String> errorsOf(PostingInput input) {
        try {
            input.validate(CODES, OCCUPATIONS, TODAY);
        } catch (JobRuleException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void aGoodPostingIsTypedTrimmedAndKeepsTheOccupationsLabel() {
        PostingData data = good().validate(CODES, OCCUPATIONS, TODAY);
        assertThat(data.title()).isEqualTo("电商客服");
        assertThat(data.occupationCode()).isEqualTo("4-01");
        assertThat(data.occupationLabel()).isEqualTo("批发与零售服务人员");
        assertThat(data.workMode()).isEqualTo(WorkMode.HOME_BASED);
        assertThat(data.employmentForm()).isEqualTo("1");
        assertThat(data.minEducation()).isEqualTo("70");
        assertThat(data.contractType()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(data.suitableCategories()).containsExactly(1, 4);
        assertThat(data.features()).containsExactlyInAnyOrder(WorkplaceFeature.SCREEN_READER, WorkplaceFeature.FLEXIBLE_HOURS);
        assertThat(data.demands().get(WorkDemand.HAND_WORK)).isEqualTo(2);
        assertThat(data.demands().get(WorkDemand.LIFTING)).as("a demand left out is 不限").isZero();
        assertThat(data.openUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void theOccupationMayBeGivenAsTheListShowsIt() {
        PostingInput input = new PostingInput(null, "店员", "4-01 批发与零售服务人员", "1", "150402001", null, "ON_SITE", "按比例就业",
                "40", null, "2000", "2000", "OPEN_ENDED", "否", "不限", List.of(), List.of(), Map.of(), null, "2026-12-05");
        PostingData data = input.validate(CODES, OCCUPATIONS, TODAY);
        assertThat(data.occupationCode()).isEqualTo("4-01");
        assertThat(data.minEducation()).as("不限 is no requirement").isNull();
        assertThat(data.socialInsurance()).isFalse();
        assertThat(data.regionCode()).as("a township's 9 digits are its full code").isEqualTo("150402001000");
        assertThat(data.openUntil()).as("today is not in the past").isEqualTo(TODAY);
    }

    @Test
    void everyBadFieldIsNamedAtOnceInChinese() {
        PostingInput bad = new PostingInput(null, "岗".repeat(61), "9-99", "0", "150402", "址".repeat(201), "OFFICE", "99",
                "85", "班".repeat(101), "3000", "2000", "LIFETIME", "maybe", "博士", List.of("8"), List.of("POOL"),
                Map.of("eyesight", "4", "smell", "1"), "说".repeat(2001), "2026-12-04");
        Map<String, String> errors = errorsOf(bad);
        assertThat(errors.keySet()).containsExactlyInAnyOrder("title", "occupationCode", "headcount", "regionCode", "address",
                "workMode", "employmentForm", "hoursPerWeek", "shift", "wageMax", "contractType", "socialInsurance",
                "minEducation", "suitableCategories", "features", "demands", "demands.eyesight", "description", "openUntil");
        assertThat(errors.get("title")).isEqualTo("岗位名称不能为空，且不超过60个字");
        assertThat(errors.get("occupationCode")).contains("职业分类大典");
        assertThat(errors.get("regionCode")).contains("苏木乡镇").contains("嘎查村");
        assertThat(errors.get("wageMax")).isEqualTo("月工资上限不能低于下限（3000 元）");
        assertThat(errors.get("openUntil")).isEqualTo("招聘截止日期不能早于今天（2026-12-05）");
        assertThat(errors.get("demands.eyesight")).startsWith("视力要求须为0（不限）至3").contains("3 能看小字");
        assertThat(errors.get("demands")).contains("smell");
        assertThat(errors.get("suitableCategories")).contains("“8”不是");
        assertThat(errors.get("features")).contains("POOL");
    }

    @Test
    void requiredFieldsLeftEmptyAreNamed() {
        PostingInput empty = new PostingInput(null, " ", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertThat(errorsOf(empty).keySet()).containsExactlyInAnyOrder("title", "occupationCode", "headcount", "regionCode",
                "workMode", "employmentForm", "hoursPerWeek", "wageMin", "wageMax", "contractType", "socialInsurance",
                "openUntil");
    }

    @Test
    void hoursAndHeadcountHaveTheirBounds() {
        assertThat(errorsOf(with(good(), "0", "1")).keySet()).containsExactly("hoursPerWeek");
        assertThat(errorsOf(with(good(), "84", "10001")).keySet()).containsExactly("headcount");
        assertThat(with(good(), "84", "10000").validate(CODES, OCCUPATIONS, TODAY).hoursPerWeek()).isEqualTo(84);
        assertThat(with(good(), "1", "1").validate(CODES, OCCUPATIONS, TODAY).headcount()).isEqualTo(1);
    }

    @Test
    void aCountyIsNotAWorkplace() {
        PostingInput county = new PostingInput(null, "店员", "4", "1", "150402000000", null, "ON_SITE", "1", "40", null,
                "2000", "2500", "NONE", "true", null, List.of(), List.of(), Map.of(), null, "2027-01-01");
        assertThat(errorsOf(county)).containsOnlyKeys("regionCode");
    }

    @Test
    void theSuitableCategoriesAreAHintKeptSortedOnce() {
        PostingInput input = new PostingInput(null, "店员", "4", "1", "150402001001", null, "ON_SITE", "1", "40", null,
                "2000", "2500", "NONE", "true", null, List.of("7", "2", "7", ""), List.of(), Map.of(), null, "2027-01-01");
        assertThat(input.validate(CODES, OCCUPATIONS, TODAY).suitableCategories()).containsExactly(2, 7);
    }

    @Test
    void theAuditStateSpellsOutEachDemand() {
        Map<String, Object> state = good().validate(CODES, OCCUPATIONS, TODAY).auditState();
        assertThat(state).containsEntry("handWork", 2).containsEntry("lifting", 0)
                .containsEntry("features", List.of("SCREEN_READER", "FLEXIBLE_HOURS"));
        assertThat(PostingInput.LABELS.keySet()).containsAll(state.keySet());
    }

    private static PostingInput with(PostingInput p, String hours, String headcount) {
        return new PostingInput(p.employerId(), p.title(), p.occupationCode(), headcount, p.regionCode(), p.address(),
                p.workMode(), p.employmentForm(), hours, p.shift(), p.wageMin(), p.wageMax(), p.contractType(),
                p.socialInsurance(), p.minEducation(), p.suitableCategories(), p.features(), p.demands(),
                p.description(), p.openUntil());
    }

    @Test
    void aBadInputThrowsNothingElse() {
        assertThatThrownBy(() -> new PostingInput(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null).validate(CODES, OCCUPATIONS, TODAY))
                .isInstanceOf(JobRuleException.class);
    }
}
