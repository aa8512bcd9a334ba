package org.zhuye.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.jobs.referral.ReferralFixtures;
import org.zhuye.jobs.referral.ReferralSource;
import org.zhuye.jobs.referral.Referrals;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.person.review.DuplicateReview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/** A merge of duplicate persons takes their work profiles and referrals to the person kept, clashes excepted. */
@ZhuyeTest
class MergedJobRecordsTest {

    static final Jurisdiction XINCHENG = Jurisdiction.of("150102");

    @Autowired
    PersonRegistry registry;
    @Autowired
    DuplicateReview duplicates;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMergeMovesTheDuplicatesProfilesAndReferralsToTheKeptPersonButNotOnesTheKeptPersonAlreadyHas() {
        String first = PersonTestNumbers.next(2, 3);
        long keep = registry.register(PersonTestNumbers.input(first, "合并求职甲"), XINCHENG);
        long gone = registry.register(PersonTestNumbers.input(PersonTestNumbers.sameBirthday(first, 450, "23"), "合并求职甲"), XINCHENG);
        String village = jdbc.sql("SELECT region_code FROM person WHERE id = ?").param(keep).query(String.class).single();
        long unit = fixtures.employer("合并测试公司（虚拟）", village);
        long shared = fixtures.posting(unit, "两人都申请过的岗位", village, 2, 2500);
        long onlyGone = fixtures.posting(unit, "只有重复记录申请过的岗位", village, 2, 2500);
        LocalDate day = LocalDate.now().minusDays(3);
        long keptReferral = referrals.refer(shared, keep, ReferralSource.STAFF, null, day, XINCHENG);
        long clashing = referrals.refer(shared, gone, ReferralSource.APPLIED, null, day, XINCHENG);
        long moving = referrals.refer(onlyGone, gone, ReferralSource.APPLIED, null, day, XINCHENG);
        jdbc.sql("""
                INSERT INTO work_profile (person_id, valid_from, capabilities, work_modes, hours_per_week_max, travel_range, recorded_by)
                VALUES (?, ?, '{3,3,3,3,3,3}', '{ON_SITE}', 40, 'COUNTY', 'test')""").params(gone, day).update();
        long flag = jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ?")
                .params(Math.min(keep, gone), Math.max(keep, gone)).query(Long.class).single();

        duplicates.merge(flag, keep, XINCHENG);

        assertThat(owner("job_referral", moving)).isEqualTo(keep);
        assertThat(owner("job_referral", keptReferral)).isEqualTo(keep);
        assertThat(owner("job_referral", clashing)).as("the kept person's own referral to that posting stands").isEqualTo(gone);
        assertThat(jdbc.sql("SELECT count(*) FROM work_profile WHERE person_id = ?").param(keep).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'JOBS_MERGED' AND object_id = ?")
                .param(String.valueOf(keep)).query(Long.class).single()).isEqualTo(1);
    }

    private long owner(String table, long id) {
        return jdbc.sql("SELECT person_id FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
    }
}
