package org.zhuye.jobs.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.casework.assessment.AssessmentInput;
import org.zhuye.casework.assessment.Assessments;
import org.zhuye.casework.demand.DemandInput;
import org.zhuye.casework.demand.Demands;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Prefill from the latest assessment and job demand, and the demo's profiles, on the real database in
 * 阿巴嘎旗 查干淖尔镇 (152522102), where no other test puts anyone.
 */
@ZhuyeTest
class WorkProfilesTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OverviewFixtures people;
    @Autowired
    CaseworkServices services;
    @Autowired
    Assessments assessments;
    @Autowired
    Demands demands;
    @Autowired
    WorkProfiles profiles;
    @Autowired
    DemoWorkProfiles demo;
    @Autowired
    JdbcClient jdbc;

    static ServiceInput service(String kind, LocalDate on, String outcome) {
        return new ServiceInput(kind, on.toString(), "乌云", "入户面谈", outcome, null, null, null, null, null);
    }

    @Test
    void aFirstProfileIsPrefilledConservativelyFromTheLatestAssessmentAndTheCurrentDemand() {
        long person = people.register("152522102200", LocalDate.parse("1988-08-08"), Sex.MALE, 4, 3);
        long assessed = services.record(person, service("ASSESSMENT", TODAY.minusDays(5), "SUPPORTED"), PROVINCE);
        // physical 2, sensory 4, cognition 3, daily 3, work skills 1
        assessments.record(person, assessed, new AssessmentInput("2", "4", "3", "3", "1", "3", null, null, null, null, null, null,
                List.of("HOME")), PROVINCE);
        long registered = services.record(person, service("DEMAND", TODAY.minusDays(3), "WANTS_JOB"), PROVINCE);
        demands.record(person, registered, new DemandInput(List.of("4-07", "6"), List.of("152522000000"), "FULL_TIME", null,
                List.of(), null, null, null), PROVINCE);

        WorkProfiles.Prefill prefill = profiles.findPrefill(person, PROVINCE);
        WorkProfileInput input = prefill.input();
        assertThat(input.capability(WorkDemand.EYESIGHT)).isEqualTo("3");
        assertThat(input.capability(WorkDemand.LISTENING_TALKING)).isEqualTo("3");
        assertThat(input.capability(WorkDemand.LIFTING)).isEqualTo("1");
        assertThat(input.capability(WorkDemand.BOTH_HANDS)).isEqualTo("1");
        assertThat(input.capability(WorkDemand.HAND_WORK)).isEqualTo("0");
        assertThat(input.occupationCodes()).containsExactly("4-07", "6");
        assertThat(input.assessmentServiceId()).isEqualTo(String.valueOf(assessed));

        WorkProfile saved = profiles.record(person, input, PROVINCE);
        assertThat(saved.assessmentServiceId()).isEqualTo(assessed);
        assertThat(profiles.findPrefill(person, PROVINCE).assessment()).isNull();
        assertThat(profiles.findCurrent(person, Jurisdiction.of("150102"))).isEmpty();
    }

    @Test
    void theDemoDatesProfilesOverTwoYearsAndUpdatesSome() {
        for (int i = 0; i < 12; i++) {
            people.register(i % 2 == 0 ? "152522102201" : "152522102200", LocalDate.of(1975 + i, 3, 3), i % 3 == 0 ? Sex.MALE : Sex.FEMALE, 1 + i % 7, 2);
        }
        int rows = demo.populate("152522102201", TODAY);
        assertThat(rows).isGreaterThanOrEqualTo(6);
        List<LocalDate> dates = jdbc.sql("""
                        SELECT w.valid_from FROM work_profile w JOIN person p ON p.id = w.person_id WHERE p.region_code = '152522102201'""")
                .query(LocalDate.class).list();
        assertThat(dates).hasSize(rows).allSatisfy(d -> assertThat(d).isBetween(TODAY.minusYears(2), TODAY));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event a JOIN person p ON a.object_id = p.id::text
                        WHERE a.action = 'WORK_PROFILE_RECORDED' AND p.region_code = '152522102201'""")
                .query(Long.class).single()).isEqualTo(rows);
    }
}
