package org.zhuye.institution.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * Ratings over real institutions, persons and registry events: the case-mix expectation of two institutions of
 * one kind worked by hand, a confirmed year frozen, the area's limits and the inspection's checks, over the API.
 * Each test rates a kind and year of its own (the baseline is every institution of the kind in the province).
 */
@ZhuyeTest
class InstitutionRatingsTest {

    static final Map<String, String> SCORES = Map.of("场地与无障碍", "18", "制度与管理", "18", "服务质量", "20", "安全与档案", "8");

    @Autowired
    RatingFixtures fixtures;
    @Autowired
    InstitutionRatings ratings;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    static double shrink(int n, double raw, double parent, int k) {
        double w = (double) n / (n + k);
        return w * raw + (1 - w) * parent;
    }

    @Test
    void twoStudiosOfDifferentCaseMixAreExpectedAndGradedAsWorkedByHand() {
        int year = 2023;
        UserAccount staff = fixtures.staff(RatingFixtures.COUNTY);
        long easy = fixtures.institution("HERITAGE_STUDIO", "阿荣旗剪纸工作室（测试）", RatingFixtures.VILLAGE, 10);
        long hard = fixtures.institution("HERITAGE_STUDIO", "阿荣旗刺绣工作室（测试）", RatingFixtures.VILLAGE, 4);
        LocalDate left = LocalDate.of(year, 3, 1);
        // the easy studio: four young persons with a limb disability of grade 4; three left for open work, two of
        // them still in work six months on (the third has no registry record of work)
        for (int i = 0; i < 4; i++) {
            long person = fixtures.person(LocalDate.of(1998, 5, 5), 4, 4);
            fixtures.serves(easy, person, LocalDate.of(2022, 1, 1), i < 3 ? left : null, i < 3 ? "OPEN_WORK" : null);
            if (i < 2) {
                fixtures.employed(person, left);
            }
        }
        // the hard studio: four persons of fifty with an intellectual disability of grade 1; one left and stayed
        for (int i = 0; i < 4; i++) {
            long person = fixtures.person(LocalDate.of(1973, 5, 5), 5, 1);
            fixtures.serves(hard, person, LocalDate.of(2022, 1, 1), i < 1 ? left : null, i < 1 ? "OPEN_WORK" : null);
            if (i < 1) {
                fixtures.employed(person, left);
            }
        }
        ratings.inspect(easy, year, SCORES, null, staff);
        Rating hardRating = ratings.inspect(hard, year, SCORES, null, staff);
        // the easy studio's rating was computed before the hard one's inspection existed; recompute the area
        assertThat(ratings.computeArea(year, "150721", staff)).isEqualTo(2);
        Rating easyRating = ratings.compute(easy, year, staff);
        hardRating = ratings.compute(hard, year, staff);

        int k = 20;
        // placement baseline: 8 persons, 4 placed (0.5); limb cell 3/4, intellectual cell 1/4, each its category
        double limb = shrink(4, 0.75, shrink(4, 0.75, 0.5, k), k);
        double mind = shrink(4, 0.25, shrink(4, 0.25, 0.5, k), k);
        // retention baseline: the 4 placed, 3 retained (0.75); limb 2 of 3, intellectual 1 of 1
        double limbKept = shrink(3, 2 / 3.0, shrink(3, 2 / 3.0, 0.75, k), k);
        double mindKept = shrink(1, 1.0, shrink(1, 1.0, 0.75, k), k);
        RatingSnapshot easySnap = easyRating.snapshot();
        double f = easySnap.expectedPlaced().lines().get(0).countyFactor();
        assertThat(f).isBetween(ExpectedOutcomes.FACTOR_MIN, ExpectedOutcomes.FACTOR_MAX);
        assertThat(hardRating.snapshot().expectedPlaced().lines().get(0).countyFactor()).isEqualTo(f);

        assertThat(easySnap.figures()).isEqualTo(new RatingFigures(4, 10, 3, 2, 3, 0, 0));
        assertThat(hardRating.snapshot().figures()).isEqualTo(new RatingFigures(4, 4, 1, 1, 1, 0, 0));
        assertThat(easySnap.expectedPlaced().expected()).isCloseTo(4 * Math.min(1, limb * f), within(1e-9));
        assertThat(hardRating.snapshot().expectedPlaced().expected()).isCloseTo(4 * Math.min(1, mind * f), within(1e-9));
        assertThat(easySnap.expectedRetained().expected()).isCloseTo(3 * Math.min(1, limbKept * f), within(1e-9));
        assertThat(hardRating.snapshot().expectedRetained().expected()).isCloseTo(Math.min(1, mindKept * f), within(1e-9));
        var line = easySnap.expectedPlaced().lines().get(0);
        assertThat(line.cell()).isEqualTo("肢体残疾 · 三四级 · 16–29岁");
        assertThat(line.persons()).isEqualTo(4);
        assertThat(line.rate().n()).isEqualTo(4);
        assertThat(line.rate().weight()).isCloseTo(4 / 24.0, within(1e-9));

        // 非遗工作室 scheme: inspection 64 of 75; 服务人数 10, 转入就业 10, 稳定就业 5; full points at 1.5 × expected
        double easyPoints = 0.4 * 10 + Math.min(1, 3 / (4 * limb * f) / 1.5) * 10 + Math.min(1, 2 / (3 * limbKept * f) / 1.5) * 5;
        double hardPoints = 1.0 * 10 + Math.min(1, 1 / (4 * mind * f) / 1.5) * 10 + Math.min(1, 1 / (mindKept * f) / 1.5) * 5;
        assertThat(easyRating.score()).isEqualByComparingTo(round(64 + easyPoints));
        assertThat(hardRating.score()).isEqualByComparingTo(round(64 + hardPoints));
        assertThat(easyRating.grade()).isEqualTo(band(easyRating.score()));
        assertThat(hardRating.grade()).isEqualTo(band(hardRating.score()));
        // the hard studio placed fewer but more than persons like theirs do: it is not marked down for its case mix
        assertThat(hardRating.score()).isGreaterThan(easyRating.score());
        assertThat(hardRating.subsidy()).isEqualByComparingTo(subsidy(hardRating.grade(), 4));
        assertThat(easySnap.parameters()).extracting(UsedParameter::label)
                .containsExactly("服务机构等级评定方案", "服务机构奖补标准");
        assertThat(easySnap.parameters().get(0).evidence()).isEqualTo("U");
    }

    static BigDecimal round(double points) {
        return BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP);
    }

    static String band(BigDecimal score) {
        double s = score.doubleValue();
        return s >= 90 ? "五级" : s >= 80 ? "四级" : s >= 70 ? "三级" : s >= 60 ? "二级" : s >= 50 ? "一级" : null;
    }

    static BigDecimal subsidy(String grade, int served) {
        int amount = switch (grade == null ? "" : grade) {
            case "五级" -> 50000 + 300 * served;
            case "四级" -> 30000 + 200 * served;
            case "三级" -> 20000 + 100 * served;
            case "二级" -> 10000 + 50 * served;
            default -> 0;
        };
        return BigDecimal.valueOf(Math.min(amount, 200000));
    }

    @Test
    void aConfirmedYearIsFrozenWithItsSnapshot() {
        int year = 2022;
        UserAccount staff = fixtures.staff(RatingFixtures.COUNTY);
        long home = fixtures.institution("WARM_HOME", "阿荣旗温馨家园（冻结测试）", RatingFixtures.VILLAGE, 20);
        long person = fixtures.person(LocalDate.of(1985, 1, 1), 2, 3);
        fixtures.serves(home, person, LocalDate.of(2021, 6, 1), null, null);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        String scores = "{\"scores\": {\"场地与无障碍\": \"20\", \"制度与管理\": \"15\", \"服务质量\": \"20\", \"安全与档案\": \"8\"}}";
        Api.Response entered = api.send("PUT", "/api/v1/institutions/" + home + "/ratings/" + year + "/inspection", scores);
        assertThat(entered.status()).isEqualTo(200);
        assertThat(entered.json().at("/status").asString()).isEqualTo("DRAFT");
        assertThat(entered.json().at("/figures/served").asInt()).isEqualTo(1);
        String before = entered.json().at("/score").asString();

        Api.Response confirmed = api.postJson("/api/v1/institutions/ratings/" + year + "/confirm?region=150721", "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().at("/confirmed").asInt()).isGreaterThanOrEqualTo(1);

        // a new person served that year would change the figures, but the confirmed rating keeps its snapshot
        fixtures.serves(home, fixtures.person(LocalDate.of(1990, 1, 1), 1, 2), LocalDate.of(2022, 2, 1), null, null);
        assertThat(api.postJson("/api/v1/institutions/" + home + "/ratings/" + year + "/compute", "").status()).isEqualTo(409);
        Api.Response again = api.send("PUT", "/api/v1/institutions/" + home + "/ratings/" + year + "/inspection", scores);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/error").asString()).contains("已确认，不能再修改");
        Api.Response list = api.get("/api/v1/institutions/" + home + "/ratings");
        assertThat(list.json().get(0).at("/status").asString()).isEqualTo("CONFIRMED");
        assertThat(list.json().get(0).at("/score").asString()).isEqualTo(before);
        assertThat(list.json().get(0).at("/figures/served").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'institution_rating' AND object_id = ?"
                + " AND action = 'INSTITUTION_RATING_CONFIRMED'").param(home + "/" + year).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> ratings.compute(home, year, staff)).isInstanceOf(RatingConflictException.class);

        PageSession pages = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        PageSession.Page workbook = pages.get("/institutions/ratings.xlsx?year=" + year + "&region=150721");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        assertThat(workbook.body()).startsWith("PK");
        PageSession.Page shown = pages.get("/institutions/" + home + "/ratings?year=" + year);
        assertThat(shown.body()).contains("已确认").doesNotContain("保存检查评分");
    }

    @Test
    void badScoresAreAllNamedAndOthersAreKeptOutOrRefused() {
        int year = 2021;
        UserAccount staff = fixtures.staff(RatingFixtures.COUNTY);
        long unit = fixtures.institution("EMPLOYMENT_SERVICE", "阿荣旗残疾人就业服务所（测试）", RatingFixtures.VILLAGE, 5);
        long elsewhere = fixtures.institution("EMPLOYMENT_SERVICE", "莫旗残疾人就业服务所（测试）", "150722100001", 5);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);

        Api.Response bad = api.send("PUT", "/api/v1/institutions/" + unit + "/ratings/" + year + "/inspection",
                "{\"scores\": {\"场地与无障碍\": \"16\", \"制度与管理\": \"99\", \"服务质量\": \"x\", \"好评\": \"3\"}}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().at("/fieldErrors/制度与管理").asString()).isEqualTo("“制度与管理”的检查评分须为 0 到 20 的整数");
        assertThat(bad.json().at("/fieldErrors/服务质量").asString()).contains("0 到 20 的整数");
        assertThat(bad.json().at("/fieldErrors/安全与档案").asString()).startsWith("请填写“安全与档案”");
        assertThat(bad.json().at("/fieldErrors/好评").asString()).isEqualTo("评定方案中没有检查项目“好评”");
        assertThat(jdbc.sql("SELECT count(*) FROM institution_rating WHERE institution_id = ?").param(unit)
                .query(Long.class).single()).isZero();

        assertThat(api.get("/api/v1/institutions/" + elsewhere + "/ratings").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/institutions/" + elsewhere + "/ratings/" + year + "/inspection", "{}").status())
                .isEqualTo(404);
        UserAccount viewer = fixtures.account(RatingFixtures.COUNTY, Role.VIEWER);
        Api asViewer = Api.basic(port, viewer.username(), AccountFixtures.PASSWORD);
        assertThat(asViewer.get("/api/v1/institutions/" + unit + "/ratings").status()).isEqualTo(200);
        assertThat(asViewer.postJson("/api/v1/institutions/" + unit + "/ratings/" + year + "/compute", "").status()).isEqualTo(403);
        UserAccount own = fixtures.account(RatingFixtures.VILLAGE, Role.INSTITUTION);
        fixtures.linkAccount(own, unit);
        Api asInstitution = Api.basic(port, own.username(), AccountFixtures.PASSWORD);
        assertThat(asInstitution.get("/api/v1/institutions/" + unit + "/ratings").status()).isEqualTo(200);
        assertThat(asInstitution.get("/api/v1/institutions/" + elsewhere + "/ratings").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/institutions/" + unit + "/ratings/2999/inspection", "{}")
                .json().at("/fieldErrors/year").asString()).startsWith("评定年度须为");

        Api.Response openApi = api.get("/api/openapi.json");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().at("/paths").propertyNames()).contains("/api/v1/institutions/{id}/ratings",
                "/api/v1/institutions/{id}/ratings/{year}/inspection", "/api/v1/institutions/{id}/ratings/{year}/compute",
                "/api/v1/institutions/ratings/{year}/confirm");
    }
}
