package org.zhuye.monitoring.report;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Regions and shortcuts for the annual report tests: real region codes read from the tree, approved reports inserted plainly. */
class ReportFixtures {

    private final JdbcClient jdbc;

    ReportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counties (administrative, not zones) of a league, in code order. */
    List<String> counties(String league) {
        return jdbc.sql("SELECT code FROM region WHERE parent_code = ? AND kind = 'ADMIN' ORDER BY code").param(league)
                .query(String.class).list();
    }

    String village(String county) {
        return jdbc.sql("SELECT code FROM region WHERE code LIKE ? AND level = 5 ORDER BY code LIMIT 1")
                .param(county.substring(0, 6) + "%").query(String.class).single();
    }

    /** Every other county of the league approved for the year, as if the league had done it (no steps: not what these tests look at). */
    void approveOthers(String league, String except, int year) {
        for (String county : counties(league)) {
            if (!county.equals(except)) {
                jdbc.sql("""
                        INSERT INTO annual_report (region_code, year, state, measures, problems, plans, frozen_figures, first_submitted_at, created_by)
                        VALUES (?, ?, 'APPROVED', '措施', '问题', '打算', '{}'::jsonb, make_timestamptz(?, 11, 1, 9, 0, 0), 'fixture')
                        ON CONFLICT (region_code, year) DO NOTHING
                        """).params(county, year, year).update();
            }
        }
    }

    long auditEvents(long reportId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'annual_report' AND object_id = ?")
                .param(String.valueOf(reportId)).query(Long.class).single();
    }
}
