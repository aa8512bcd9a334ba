package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * Who may see a full certificate or phone number, and why: GRASSROOTS and STAFF with a purpose the
 * audit keeps; VIEWER (read-only leaders) never, neither on the person page, through the API nor in
 * an export; outside roles not even the registry's counts.
 */
@ZhuyeTest
class RevealRightsTest {

    private static final String XINCHENG = "150102000000";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    PersonRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private record Registered(long id, String certificate) {
    }

    private Registered register() {
        String certificate = PersonTestNumbers.next(4, 2);
        long id = registry.register(PersonTestNumbers.input(certificate, "其木格"), Jurisdiction.of(XINCHENG));
        return new Registered(id, certificate);
    }

    private PageSession as(Role role) {
        UserAccount user = accounts.create("reveal-" + role.name().toLowerCase(), XINCHENG, role);
        return PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
    }

    private long reveals(long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SENSITIVE_REVEALED' AND object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void aViewerCannotRevealANumberOnThePageThroughTheApiOrInAnExport() {
        Registered person = register();
        PageSession viewer = as(Role.VIEWER);
        PageSession.Page page = viewer.get("/persons/" + person.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("显示完整残疾人证号").doesNotContain("/reveal").doesNotContain(person.certificate());
        assertThat(viewer.htmxGet("/persons/" + person.id() + "/reveal").status()).isEqualTo(403);

        PageSession.Page refused = viewer.post("/persons/" + person.id() + "/reveal",
                Map.of("field", "certificate", "purpose", "核实身份"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(person.certificate());
        assertThat(viewer.get("/persons/export.csv").status()).isEqualTo(403);
        assertThat(viewer.get("/persons/export.xlsx").status()).isEqualTo(403);
        assertThat(reveals(person.id())).isZero();

        UserAccount apiViewer = accounts.create("reveal-api-viewer", XINCHENG, Role.VIEWER);
        Api.Response read = Api.basic(port, apiViewer.username(), AccountFixtures.PASSWORD).get("/api/v1/persons/" + person.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(person.certificate()).doesNotContain("13800001234");
    }

    @Test
    void aGrassrootsMemberRevealsWithAPurposeThatTheAuditPageShows() {
        Registered person = register();
        PageSession grassroots = as(Role.GRASSROOTS);
        assertThat(grassroots.get("/persons/" + person.id()).body()).contains("hx-get=\"/persons/" + person.id() + "/reveal\"")
                .doesNotContain("显示完整残疾人证号");
        assertThat(grassroots.htmxGet("/persons/" + person.id() + "/reveal").body()).contains("显示完整残疾人证号").contains("上门服务")
                .doesNotContain("<html");
        assertThat(grassroots.get("/persons/" + person.id() + "/reveal").body()).contains("<html", "查看完整号码：", "显示完整残疾人证号");
        PageSession.Page revealed = grassroots.post("/persons/" + person.id() + "/reveal",
                Map.of("field", "phone", "purpose", "上门服务"));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body()).contains("13800001234").contains("用途：<span>上门服务</span>");

        String detail = jdbc.sql("""
                SELECT detail FROM audit_event WHERE action = 'SENSITIVE_REVEALED' AND object_id = ? ORDER BY id DESC LIMIT 1
                """).param(String.valueOf(person.id())).query(String.class).single();
        assertThat(detail).isEqualTo("联系电话；用途：上门服务");
        PageSession admin = PageSession.signIn(port, "admin", org.zhuye.testing.ZhuyeTest.ADMIN_PASSWORD);
        assertThat(admin.get("/admin/audit?objectType=person&objectId=" + person.id()).body())
                .contains("联系电话；用途：上门服务");
    }

    @Test
    void aRevealWithoutAPurposeShowsNothingAndRecordsNothing() {
        Registered person = register();
        PageSession staff = as(Role.STAFF);
        staff.get("/persons/" + person.id());
        String path = "/persons/" + person.id() + "/reveal";

        PageSession.Page none = staff.post(path, Map.of("field", "certificate"));
        assertThat(none.body()).contains("请选择查看完整号码的用途").doesNotContain(person.certificate());
        PageSession.Page otherWithoutWords = staff.post(path, Map.of("field", "certificate", "purpose", "其他"));
        assertThat(otherWithoutWords.body()).contains("选择“其他”时须说明用途").doesNotContain(person.certificate());
        PageSession.Page invented = staff.post(path, Map.of("field", "certificate", "purpose", "好奇"));
        assertThat(invented.body()).contains("查看用途须从列表中选择").doesNotContain(person.certificate());
        assertThat(reveals(person.id())).isZero();

        PageSession.Page other = staff.post(path, Map.of("field", "certificate", "purpose", "其他",
                "purposeOther", "核对低保材料"));
        assertThat(other.body()).contains(person.certificate());
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'SENSITIVE_REVEALED' AND object_id = ?")
                .param(String.valueOf(person.id())).query(String.class).single())
                .isEqualTo("残疾人证号；用途：其他：核对低保材料");
    }

    @Test
    void outsideRolesSeeNoRegistryCountsOnTheHomePage() {
        for (Role outside : new Role[] {Role.EMPLOYER, Role.INSTITUTION, Role.PERSON}) {
            String home = as(outside).get("/").body();
            assertThat(home).as(outside.name()).doesNotContain("登记的持证残疾人").doesNotContain("目前已就业")
                    .doesNotContain("辖区内区划单位");
        }
        assertThat(as(Role.STAFF).get("/").body()).contains("登记的持证残疾人");
    }
}
