package org.zhuye.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.PageSession.Page;
import org.zhuye.testing.ZhuyeTest;

/**
 * The 参数管理 pages against the real tables. The test database is shared, so every row added here is
 * dated in the 2090s and for counties of 乌兰察布市 (1509), which no rule of another test reads.
 */
@ZhuyeTest
class ParameterPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;

    private PageSession as(UserAccount user) {
        return PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
    }

    private PageSession provinceAdmin() {
        return as(accounts.create("param-admin", "15", Role.ADMIN));
    }

    private static Map<String, String> minimumWage(String region, String from, String to, String monthly) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("regionPrefix", region);
        form.put("validFrom", from);
        form.put("validTo", to);
        form.put("monthly", monthly);
        form.put("evidence", "U");
        form.put("source", "测试：假设值");
        return form;
    }

    private long minimumWageRows(String region) {
        return jdbc.sql("SELECT count(*) FROM minimum_wage WHERE region_prefix = ?").param(region).query(Long.class).single();
    }

    @Test
    void indexListsEveryKindAndEachKindPageShowsItsRowsWithSourceAndEvidence() {
        PageSession admin = provinceAdmin();
        Page index = admin.get("/admin/parameters");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("残保金参数", "年审申报参数", "最低工资标准", "退休年龄规则", "公益性岗位安置规则", "低保渐退规则");
        for (String key : List.of("levy", "declaration", "minimum-wage", "retirement", "public-post", "dibao-taper")) {
            Page page = admin.get("/admin/parameters/" + key);
            assertThat(page.status()).as(key).isEqualTo(200);
            assertThat(page.body()).as(key).contains("内蒙古自治区", "添加一行");
        }
        assertThat(admin.get("/admin/parameters/levy").body())
                .contains("当地社会平均工资（元）", "85000", "未确认（假设值）", "财政部公告2019年第98号");
        assertThat(admin.get("/admin/parameters/nothing").status()).isEqualTo(404);
    }

    @Test
    void provinceAdminAddsADatedRowThatTheRuleReadsAndTheAuditTrailKeeps() {
        PageSession admin = provinceAdmin();
        admin.get("/admin/parameters/minimum-wage");
        Page added = admin.post("/admin/parameters/minimum-wage", minimumWage("150921", "2091-01-01", "2091-12-31", "3100"));

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).endsWith("/admin/parameters/minimum-wage");
        assertThat(jdbc.sql("SELECT monthly::text || '|' || evidence FROM minimum_wage WHERE region_prefix = '150921' AND valid_from = DATE '2091-01-01'")
                .query(String.class).single()).isEqualTo("3100.00|U");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'PARAMETER_ADDED' AND object_type = 'parameter'
                AND object_id = 'minimum-wage/150921/2091-01-01' AND after_state ->> '月最低工资（元）' = '3100'
                """).query(Long.class).single()).isEqualTo(1);
        assertThat(admin.get("/admin/parameters/minimum-wage").body()).contains("已添加一行最低工资标准", "2091-01-01 至 2091-12-31");
        assertThat(admin.get("/admin/audit?objectType=parameter").body())
                .contains("添加规则参数", "月最低工资（元）", "最低工资标准").doesNotContain("其他（");
    }

    @Test
    void aRowOverlappingOneOfTheSameRegionIsRefusedNamingThatRowAndNothingIsSaved() {
        PageSession admin = provinceAdmin();
        admin.get("/admin/parameters/minimum-wage");
        assertThat(admin.post("/admin/parameters/minimum-wage", minimumWage("150922", "2091-01-01", "2091-12-31", "3100"))
                .status()).isEqualTo(302);

        Page refused = admin.post("/admin/parameters/minimum-wage", minimumWage("150922", "2091-06-01", "", "3300"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("与已有的区划 150922 的“最低工资标准” 2091-01-01 至 2091-12-31 的一行重叠",
                "有效期不能重叠");
        assertThat(minimumWageRows("150922")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT monthly::text FROM minimum_wage WHERE region_prefix = '150922'").query(String.class)
                .single()).isEqualTo("3100.00");
    }

    @Test
    void aLaterRowEndsTheOpenRowBeforeItWithoutChangingItsValue() {
        PageSession admin = provinceAdmin();
        admin.get("/admin/parameters/minimum-wage");
        assertThat(admin.post("/admin/parameters/minimum-wage", minimumWage("150923", "2092-01-01", "", "3200")).status())
                .isEqualTo(302);

        assertThat(admin.post("/admin/parameters/minimum-wage", minimumWage("150923", "2093-01-01", "", "3400")).status())
                .isEqualTo(302);

        assertThat(jdbc.sql("""
                SELECT valid_from || '|' || coalesce(valid_to::text, '-') || '|' || monthly FROM minimum_wage
                WHERE region_prefix = '150923' ORDER BY valid_from
                """).query(String.class).list())
                .containsExactly("2092-01-01|2092-12-31|3200.00", "2093-01-01|-|3400.00");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PARAMETER_ENDED' AND object_id LIKE '%/150923/2092-01-01'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badValuesAreNamedInChineseAtTheirFields() {
        PageSession admin = provinceAdmin();
        admin.get("/admin/parameters/levy");
        Map<String, String> levy = new LinkedHashMap<>();
        levy.put("regionPrefix", "1509");
        levy.put("validFrom", "2091-01-01");
        levy.put("validTo", "2090-12-31");
        levy.put("name", "QUOTA_RATIO");
        levy.put("value", "1.5");
        levy.put("evidence", "U");
        levy.put("source", "");

        Page refused = admin.post("/admin/parameters/levy", levy);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("“安排残疾人就业比例”的值应大于0且小于1", "截止日期不能早于起始日期 2091-01-01",
                "请填写来源说明");
        assertThat(jdbc.sql("SELECT count(*) FROM levy_parameter WHERE region_prefix = '1509'").query(Long.class).single())
                .isZero();

        Map<String, String> taper = new LinkedHashMap<>();
        taper.put("regionPrefix", "1509");
        taper.put("validFrom", "2091-01-01");
        taper.put("months", "6");
        taper.put("monthlyPercent", "100,80,60");
        taper.put("evidence", "U");
        taper.put("source", "测试");
        admin.get("/admin/parameters/dibao-taper");
        assertThat(admin.post("/admin/parameters/dibao-taper", taper).body())
                .contains("填了 3 个月的比例，渐退月数为 6：个数须相等");
    }

    @Test
    void aLeagueAdministratorAddsRowsForItsOwnRegionOnly() {
        PageSession league = as(accounts.create("param-league", "1509", Role.ADMIN));
        league.get("/admin/parameters/minimum-wage");

        assertThat(league.post("/admin/parameters/minimum-wage", minimumWage("150924", "2091-01-01", "", "3000")).status())
                .isEqualTo(302);
        Page outside = league.post("/admin/parameters/minimum-wage", minimumWage("150102", "2091-01-01", "", "3000"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body()).contains("区划 150102 不在您的管辖范围内");
        Page province = league.post("/admin/parameters/minimum-wage", minimumWage("15", "2091-01-01", "", "3000"));
        assertThat(province.body()).contains("区划 15 不在您的管辖范围内");
        assertThat(jdbc.sql("SELECT count(*) FROM minimum_wage WHERE valid_from = DATE '2091-01-01' AND region_prefix IN ('15', '150102')")
                .query(Long.class).single()).isZero();

        Page retirement = league.get("/admin/parameters/retirement");
        assertThat(retirement.status()).isEqualTo(200);
        assertThat(retirement.body()).doesNotContain("添加一行").contains("由自治区管理员");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("regionPrefix", "1509");
        form.put("validFrom", "2091-01-01");
        assertThat(league.post("/admin/parameters/retirement", form).status()).isEqualTo(403);
    }

    @Test
    void staffWhoAreNotAdministratorsCannotOpenOrAdd() {
        PageSession staff = as(accounts.create("param-staff", "15", Role.STAFF));
        assertThat(staff.get("/admin/parameters").status()).isEqualTo(403);
        assertThat(staff.get("/admin/parameters/minimum-wage").status()).isEqualTo(403);
        staff.get("/");
        assertThat(staff.post("/admin/parameters/minimum-wage", minimumWage("150925", "2091-01-01", "", "3000")).status())
                .isEqualTo(403);
        assertThat(minimumWageRows("150925")).isZero();
    }
}
