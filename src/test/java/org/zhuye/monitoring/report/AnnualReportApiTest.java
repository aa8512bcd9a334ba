package org.zhuye.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class AnnualReportApiTest {

    static final String HULUNBUIR = "150700000000";
    static final String XILINGOL = "152500000000";

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private Api as(UserAccount user) {
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    @Test
    void aCountysReportIsWrittenSubmittedReturnedAndApprovedThroughTheApiWith422404And409() {
        String county = new ReportFixtures(jdbc).counties(HULUNBUIR).get(1);
        Api countyStaff = as(accounts.create("report-api-county", county, Role.STAFF));
        UserAccount leagueAccount = accounts.create("report-api-league", HULUNBUIR, Role.ADMIN);
        Api league = as(leagueAccount);
        Api stranger = as(accounts.create("report-api-stranger", XILINGOL, Role.STAFF));

        Api.Response opened = countyStaff.postJson("/api/v1/annual-reports?region=" + county.substring(0, 6) + "&year=2023", "");
        assertThat(opened.status()).isEqualTo(200);
        long id = opened.json().get("id").asLong();
        assertThat(opened.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(opened.json().get("editable").asBoolean()).isTrue();
        assertThat(opened.json().get("actions").toString()).contains("submit");

        Api.Response empty = countyStaff.postJson("/api/v1/annual-reports/" + id + "/submit", "{\"version\": 1}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("fieldErrors").propertyNames()).contains("measures", "problems", "plans");
        Api.Response saved = countyStaff.send("PUT", "/api/v1/annual-reports/" + id,
                "{\"version\": 0, \"measures\": \"举办招聘会\", \"problems\": \"岗位少\", \"plans\": \"开发岗位\"}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("measures").asString()).isEqualTo("举办招聘会");
        assertThat(countyStaff.postJson("/api/v1/annual-reports/" + id + "/submit", "{\"version\": 0}").status()).as("stale").isEqualTo(409);
        assertThat(countyStaff.postJson("/api/v1/annual-reports/" + id + "/submit", "{\"version\": 1}").json().get("state").asString())
                .isEqualTo("SUBMITTED");

        assertThat(stranger.get("/api/v1/annual-reports/" + id).status()).isEqualTo(404);
        assertThat(stranger.postJson("/api/v1/annual-reports/" + id + "/accept", "{\"version\": 2}").status()).isEqualTo(404);
        Api.Response own = countyStaff.postJson("/api/v1/annual-reports/" + id + "/approve", "{\"version\": 2}");
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().get("error").asString()).contains("只有上级");

        JsonNode listed = league.get("/api/v1/annual-reports?year=2023").json();
        JsonNode mine = null;
        for (JsonNode r : listed) {
            if (r.get("id").asLong() == id) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(mine.get("submittedAt").isNull()).isFalse();
        assertThat(mine.get("locked").asBoolean()).isFalse();

        Api.Response noComment = league.postJson("/api/v1/annual-reports/" + id + "/return", "{\"version\": 2}");
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.json().get("fieldErrors").get("comment").asString()).contains("退回须填写意见");
        assertThat(league.postJson("/api/v1/annual-reports/" + id + "/return", "{\"version\": 2, \"comment\": \"补充数据\"}")
                .json().get("state").asString()).isEqualTo("RETURNED");
        countyStaff.postJson("/api/v1/annual-reports/" + id + "/submit", "{\"version\": 3}");
        league.postJson("/api/v1/annual-reports/" + id + "/accept", "{\"version\": 4}");
        JsonNode approved = league.postJson("/api/v1/annual-reports/" + id + "/approve", "{\"version\": 5}").json();
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("locked").asBoolean()).isTrue();
        assertThat(approved.get("lockNotice").asString()).contains("上级解锁后才能修改");
        assertThat(approved.get("actions").toString()).isEqualTo("[\"unlock\"]");
        JsonNode figure = null;
        for (JsonNode f : approved.get("figures")) {
            if (f.get("code").asString().equals("new_employment")) {
                figure = f;
            }
        }
        assertThat(figure).as("new_employment among the report's figures").isNotNull();
        assertThat(figure.get("frozen").asDouble()).isEqualTo(figure.get("value").asDouble());
        assertThat(figure.get("difference").asDouble()).isZero();
        assertThat(approved.get("steps").size()).isEqualTo(6);
        assertThat(approved.get("steps").get(2).get("comment").asString()).isEqualTo("补充数据");

        JsonNode relisted = league.get("/api/v1/annual-reports?year=2023&region=" + county.substring(0, 6)).json();
        assertThat(relisted.size()).isEqualTo(1);
        assertThat(relisted.get(0).get("approvedAt").isNull()).isFalse();
        assertThat(stranger.get("/api/v1/annual-reports?year=2023&region=" + county.substring(0, 6)).status()).isEqualTo(404);
    }

    @Test
    void theDemoPutsReportsOfTwoThousandTwentyFiveInEveryStateWithOneApprovedLate() {
        DemoAnnualReports demo = accounts.bean(DemoAnnualReports.class);
        UserAccount admin = accounts.provinceAdmin();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Map<ReportState, Integer> counts = demo.populate(admin);
            assertThat(counts.keySet()).containsExactlyInAnyOrder(ReportState.values());
            long late = jdbc.sql("""
                    SELECT count(*) FROM annual_report WHERE year = 2025 AND state = 'APPROVED' AND region_code = '150200000000'
                      AND first_submitted_at > '2025-12-01'::timestamptz
                    """).query(Long.class).single();
            assertThat(late).as("包头市 approved after a late submission").isEqualTo(1);
            String returnComment = jdbc.sql("""
                    SELECT s.comment FROM annual_report_step s JOIN annual_report a ON a.id = s.report_id
                    WHERE a.region_code = '150600000000' AND a.year = 2025 AND s.action = 'RETURN'
                    """).query(String.class).single();
            assertThat(returnComment).contains("请补充");
            status.setRollbackOnly();
        });
    }
}
