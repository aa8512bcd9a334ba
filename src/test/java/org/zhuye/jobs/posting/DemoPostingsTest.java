package org.zhuye.jobs.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

/** The demo's postings go through the workflow: real states, dates spread back, every step audited. */
@ZhuyeTest
class DemoPostingsTest {

    /** 阿拉善盟's three banners, where no other test registers units. */
    static final List<String> COUNTIES = List.of("152921000000", "152922000000", "152923000000");

    @Autowired
    AccountFixtures accounts;
    @Autowired
    DemoPostings demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPostsThroughTheWorkflowWithStatesAndDatesSpreadOverTheYear() {
        PostingFixtures fixtures = new PostingFixtures(accounts);
        for (int i = 0; i < 30; i++) {
            fixtures.unit("演示岗位单位" + i, COUNTIES.get(i % COUNTIES.size()));
        }
        UserAccount admin = accounts.create("jobs-demo-admin", "152900000000", Role.ADMIN);
        LocalDate today = JobPostings.today();

        Map<SyntheticPostings.Fate, Integer> done = demo.populate(admin, today);

        int planned = done.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(planned).isBetween(60, 90);
        Map<String, Long> byState = jdbc.sql("""
                SELECT status || coalesce('/' || closed_reason, '') AS state, count(*) AS n FROM job_posting
                WHERE region_code LIKE '1529%' GROUP BY 1""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byState.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(planned);
        assertThat(byState).containsKeys("PUBLISHED", "CLOSED/FILLED", "CLOSED/EXPIRED", "SUBMITTED");
        assertThat(byState.getOrDefault("PUBLISHED", 0L)).isGreaterThan(planned / 5);
        assertThat(jdbc.sql("SELECT count(*) FROM job_posting WHERE region_code LIKE '1529%' AND status = 'PUBLISHED' AND open_until < ?")
                .params(today).query(Long.class).single()).as("nothing past its date is left open").isZero();
        assertThat(jdbc.sql("SELECT min(published_on) FROM job_posting WHERE region_code LIKE '1529%'")
                .query(LocalDate.class).single()).isBefore(today.minusMonths(9));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM job_posting p WHERE region_code LIKE '1529%' AND NOT EXISTS (
                    SELECT 1 FROM audit_event a WHERE a.object_type = 'job_posting' AND a.object_id = p.id::text
                    AND a.action = 'JOB_POSTING_CREATED')""").query(Long.class).single())
                .as("every posting's creation is audited").isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM job_posting p JOIN employer e ON e.id = p.employer_id
                WHERE p.region_code LIKE '1529%' AND substr(p.region_code, 1, 6) <> substr(e.region_code, 1, 6)""")
                .query(Long.class).single()).as("workplaces in the unit's county").isZero();
    }
}
