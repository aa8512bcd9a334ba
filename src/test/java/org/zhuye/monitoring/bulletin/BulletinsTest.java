package org.zhuye.monitoring.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/**
 * The 通报 of 扎赉特旗 for 2025Q3 over its own moves into work: 音德尔镇 and 新林镇 3 of 4 each (75%, tied first),
 * 巴彦高勒镇 0 of 4 (third, behind 时序进度 74.8%), the county 6 of 10.
 */
@ZhuyeTest
class BulletinsTest {

    static final String COUNTY = "152223000000";
    static final String YINDEER = "152223100000";
    static final String XINLIN = "152223101000";
    static final String BAYANGAOLE = "152223102000";
    static final ReportingPeriod YEAR = ReportingPeriod.year(2025);
    private static boolean seeded;

    @Autowired
    Bulletins bulletins;
    @Autowired
    BulletinFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void seed() {
        synchronized (BulletinsTest.class) {
            if (seeded) {
                return;
            }
            for (int i = 0; i < 3; i++) {
                fixtures.movesIntoWork("152223100021", LocalDate.of(2025, 3 + i, 10));
                fixtures.movesIntoWork("152223101001", LocalDate.of(2025, 4 + i, 12));
            }
            fixtures.target("new_employment", COUNTY, YEAR, 10);
            fixtures.target("new_employment", YINDEER, YEAR, 4);
            fixtures.target("new_employment", XINLIN, YEAR, 4);
            fixtures.target("new_employment", BAYANGAOLE, YEAR, 4);
            seeded = true;
        }
    }

    UserAccount countyStaff() {
        return accounts.create("bulletin-staff", COUNTY, Role.STAFF);
    }

    @Test
    void aDraftRanksTheTownshipsTiesSharingARankAndWritesTheTextFromTheFigures() {
        Bulletin draft = bulletins.draft(null, "2025Q3", null, null, countyStaff());

        assertThat(draft.state()).isEqualTo(Bulletin.State.DRAFT);
        assertThat(draft.figures().asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        IndicatorRanking employment = draft.figures().indicators().stream()
                .filter(i -> i.indicator().equals("new_employment")).findFirst().orElseThrow();
        assertThat(employment.region().standing().figure()).isEqualTo("6");
        assertThat(employment.region().standing().completion()).isEqualTo(60.0);
        assertThat(employment.region().standing().pointsAhead()).isEqualTo(-14.8);
        List<RegionStanding> ranked = employment.children().stream().filter(c -> c.standing().hasCompletion()).toList();
        assertThat(ranked).extracting(RegionStanding::name).containsExactly("音德尔镇", "新林镇", "巴彦高勒镇");
        assertThat(ranked).extracting(RegionStanding::rank).containsExactly(1, 1, 3);
        assertThat(employment.behind()).extracting(RegionStanding::name).containsExactly("巴彦高勒镇");
        assertThat(employment.children()).hasSizeGreaterThan(3).last().extracting(RegionStanding::rank).isNull();

        assertThat(draft.title()).isEqualTo("关于2025年第三季度全旗残疾人就业工作主要指标进展情况的通报");
        assertThat(draft.body()).startsWith("截至9月30日，全旗新增残疾人就业6人，完成年度目标60.0%，低于时序进度14.8个百分点")
                .endsWith("巴彦高勒镇新增残疾人就业低于时序进度，请加快进度。");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'BULLETIN_DRAFTED' AND object_id = ?")
                .param(String.valueOf(draft.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anIssuedBulletinKeepsItsTextAndFiguresAndIsRefusedEveryChange() {
        UserAccount staff = countyStaff();
        Bulletin draft = bulletins.draft(null, "2025Q3", null, null, staff);
        Bulletin edited = bulletins.edit(draft.id(), "扎赉特旗通报", "正文经过修改。", draft.version(), staff);
        String number = "扎残联通〔2026〕" + draft.id() + "号";
        Bulletin issued = bulletins.issue(edited.id(), number, edited.version(), staff);

        assertThat(issued.state()).isEqualTo(Bulletin.State.ISSUED);
        assertThat(issued.documentNumber()).isEqualTo(number);
        assertThat(issued.issuedBy()).isEqualTo(staff.username());
        assertThat(issued.body()).isEqualTo("正文经过修改。");

        fixtures.movesIntoWork("152223102001", LocalDate.of(2025, 8, 1));
        assertThat(bulletins.get(issued.id(), staff).figures()).isEqualTo(issued.figures());

        assertThatThrownBy(() -> bulletins.edit(issued.id(), "新标题", "新正文", issued.version(), staff))
                .isInstanceOf(MonitoringConflictException.class).hasMessageContaining("印发后不能修改");
        assertThatThrownBy(() -> bulletins.discard(issued.id(), issued.version(), staff))
                .isInstanceOf(MonitoringConflictException.class);
        assertThatThrownBy(() -> bulletins.issue(issued.id(), "另一个文号", issued.version(), staff))
                .isInstanceOf(MonitoringConflictException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE bulletin SET body = 'changed' WHERE id = ?").param(issued.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("is issued and is never changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM bulletin WHERE id = ?").param(issued.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(bulletins.get(issued.id(), staff).body()).isEqualTo("正文经过修改。");

        Bulletin other = bulletins.draft(null, "2025Q3", null, null, staff);
        assertThatThrownBy(() -> bulletins.issue(other.id(), number, other.version(), staff))
                .isInstanceOf(MonitoringRuleException.class)
                .satisfies(e -> assertThat(((MonitoringRuleException) e).fieldErrors()).containsKey("documentNumber"));
    }

    @Test
    void onlyStaffOfTheRegionItselfIssueAndAStaleVersionIsRefused() {
        UserAccount league = accounts.create("bulletin-league", "152200000000", Role.STAFF);
        Bulletin draft = bulletins.draft("152223", "2025Q3", null, null, league);
        assertThatThrownBy(() -> bulletins.issue(draft.id(), "兴残联通〔2026〕1号", draft.version(), league))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("本级");

        UserAccount viewer = accounts.create("bulletin-viewer", COUNTY, Role.VIEWER);
        assertThat(bulletins.get(draft.id(), viewer).id()).isEqualTo(draft.id());
        assertThatThrownBy(() -> bulletins.draft(null, "2025Q3", null, null, viewer))
                .isInstanceOf(ResponseStatusException.class);

        UserAccount staff = countyStaff();
        bulletins.edit(draft.id(), "标题", "正文", draft.version(), staff);
        assertThatThrownBy(() -> bulletins.edit(draft.id(), "标题二", "正文二", draft.version(), staff))
                .isInstanceOf(MonitoringConflictException.class).hasMessageContaining("刚被别人改过");
        bulletins.discard(draft.id(), draft.version() + 1, staff);
        assertThat(jdbc.sql("SELECT count(*) FROM bulletin WHERE id = ?").param(draft.id()).query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsNamedFieldByFieldAllAtOnce() {
        assertThatThrownBy(() -> bulletins.draft(null, "2025-3", "长".repeat(201), null, countyStaff()))
                .isInstanceOf(MonitoringRuleException.class)
                .satisfies(e -> assertThat(((MonitoringRuleException) e).fieldErrors())
                        .containsKeys("quarter", "title").containsEntry("title", "标题：不超过200个字"));
        assertThatThrownBy(() -> bulletins.draft(null, "2099Q1", null, null, countyStaff()))
                .isInstanceOf(MonitoringRuleException.class).hasMessageContaining("尚未开始");
    }

    @Test
    void theApiListsTheAreasBulletinsAndAnswersOneWithItsTextAndFigures() {
        UserAccount staff = countyStaff();
        Bulletin draft = bulletins.draft(null, "2025Q3", null, null, staff);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);

        Api.Response list = api.get("/api/v1/bulletins?region=152223&year=2025");
        assertThat(list.status()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode n : list.json()) {
            if (n.get("id").asLong() == draft.id()) {
                mine = n;
            }
            assertThat(n.get("quarter").asString()).startsWith("2025Q");
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("regionCode").asString()).isEqualTo(COUNTY);
        assertThat(mine.get("quarter").asString()).isEqualTo("2025Q3");
        assertThat(mine.get("state").asString()).isEqualTo("DRAFT");
        assertThat(mine.has("documentNumber")).isTrue();
        assertThat(api.get("/api/v1/bulletins?year=2024").json().size()).isZero();

        Api.Response one = api.get("/api/v1/bulletins/" + draft.id());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("body").asString()).isEqualTo(draft.body());
        JsonNode employment = one.json().get("figures").get(0);
        assertThat(employment.get("indicator").asString()).isEqualTo("new_employment");
        assertThat(employment.get("children").get(0).get("rank").asInt()).isEqualTo(1);

        String number = "扎残联通〔2026〕API" + draft.id() + "号";
        Api.Response issued = api.postJson("/api/v1/bulletins/" + draft.id() + "/issue",
                "{\"documentNumber\":\"" + number + "\",\"version\":" + draft.version() + "}");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().get("state").asString()).isEqualTo("ISSUED");
        assertThat(api.send("PUT", "/api/v1/bulletins/" + draft.id(), "{\"title\":\"x\",\"body\":\"y\"}").status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/v1/bulletins/" + draft.id(), "").status()).isEqualTo(409);

        UserAccount elsewhere = accounts.create("bulletin-elsewhere", "152201000000", Role.STAFF);
        Api other = Api.basic(port, elsewhere.username(), AccountFixtures.PASSWORD);
        assertThat(other.get("/api/v1/bulletins/" + draft.id()).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/bulletins?region=152223").status()).isEqualTo(404);
    }

    /**
     * A 通报 issued before levels were told apart is stored without {@code level} (and without a projection): it
     * must still read, hold every indicator to 时序进度 as it did, and print its table as it was issued. Inserted
     * as SQL in that shape, since nothing writes it any more.
     */
    @Test
    void anIssuedBulletinStoredInTheOldShapeStillReadsAndPrintsAsIssued() {
        String oldShape = """
                {"regionCode": "152223000000", "regionName": "扎赉特旗", "regionLevel": 3, "quarter": "2025Q2",
                 "asOf": "2025-06-30", "indicators": [{"indicator": "new_employment", "name": "新增残疾人就业", "unit": "人",
                  "period": "2025", "periodLabel": "年度目标",
                  "region": {"regionCode": "152223000000", "name": "扎赉特旗", "figure": "3", "target": "10",
                             "completion": 30.0, "expected": 49.6, "pointsAhead": -19.6, "rank": null},
                  "children": [
                   {"regionCode": "152223100000", "name": "音德尔镇", "figure": "3", "target": "4", "completion": 75.0,
                    "expected": 49.6, "pointsAhead": 25.4, "rank": 1},
                   {"regionCode": "152223102000", "name": "巴彦高勒镇", "figure": "0", "target": "4", "completion": 0.0,
                    "expected": 49.6, "pointsAhead": -49.6, "rank": 2},
                   {"regionCode": "152223101000", "name": "新林镇", "figure": "0", "target": null, "completion": null,
                    "expected": 49.6, "pointsAhead": null, "rank": null}]}]}
                """;
        long id = jdbc.sql("""
                        INSERT INTO bulletin (region_code, quarter, title, body, figures, state, document_number, issued_year,
                                              issued_at, issued_by, created_by)
                        VALUES (?, '2025Q2', '旧通报', '旧正文。', CAST(? AS jsonb), 'ISSUED', '扎残联〔2025〕1号', 2025, now(),
                                'old-admin', 'old-admin')
                        RETURNING id
                        """)
                .params(COUNTY, oldShape).query(Long.class).single();
        UserAccount staff = countyStaff();

        IndicatorRanking employment = bulletins.get(id, staff).figures().indicators().get(0);
        assertThat(employment.region().standing().level()).isFalse();
        assertThat(employment.region().standing().projection()).isNull();
        assertThat(employment.children()).extracting(RegionStanding::rank).containsExactly(1, 2, null);
        assertThat(employment.behind()).extracting(RegionStanding::name).containsExactly("巴彦高勒镇");
        assertThat(BulletinText.standing(employment))
                .isEqualTo("新增残疾人就业3人，完成年度目标30.0%，低于时序进度19.6个百分点");
        assertThat(BulletinWorkbook.line("1", employment.children().get(0)))
                .containsExactly("1", "音德尔镇", "3", "4", "75.0", "49.6", "+25.4");
        assertThat(BulletinWorkbook.line("未设目标", employment.children().get(2)))
                .containsExactly("未设目标", "新林镇", "0", "—", "—", "49.6", "—");

        PageSession.Page page = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD).get("/bulletins/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("扎残联〔2025〕1号", "低于时序进度（1个）", ">49.6<", ">−49.6<", ">+25.4<");

        JsonNode api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD).get("/api/v1/bulletins/" + id).json();
        JsonNode line = api.get("figures").get(0).get("children").get(1);
        assertThat(line.get("name").asString()).isEqualTo("巴彦高勒镇");
        assertThat(line.get("pointsAhead").asDouble()).isEqualTo(-49.6);
        assertThat(line.get("expected").asDouble()).isEqualTo(49.6);
        assertThat(line.has("standing")).as("the standing stays unwrapped in the line, as 通报 have always been stored").isFalse();
    }
}
