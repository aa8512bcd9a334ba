package org.zhuye.person.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * 本人账号's forms (bind, create, lift a lock) load when their section opens: a piece of the person page for htmx, a
 * page of their own without script, under the section's rights; a refused entry comes back with them already there.
 */
@ZhuyeTest
class AccountFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Test
    void thePersonPageLoadsTheFormsWhenTheSectionOpensOrLinksToTheirOwnPage() {
        long id = PersonTestNumbers.register(accounts, "账号表甲", "150102001001");
        PageSession admin = PageSession.signIn(port, accounts.create("af-admin", "150000000000", Role.ADMIN).username(),
                AccountFixtures.PASSWORD);

        String page = admin.get("/persons/" + id).body();
        assertThat(page).contains("尚未绑定本人账号", "hx-get=\"/persons/" + id + "/account/forms\"", "hx-trigger=\"toggle once\"",
                "<a href=\"/persons/" + id + "/account/forms\">打开办理表</a>")
                .doesNotContain("action=\"/persons/" + id + "/account\"", "action=\"/persons/" + id + "/account/reset\"");

        PageSession.Page piece = admin.htmxGet("/persons/" + id + "/account/forms");
        assertThat(piece.status()).isEqualTo(200);
        assertThat(piece.body()).contains("action=\"/persons/" + id + "/account\"", "action=\"/persons/" + id + "/account/new\"",
                "action=\"/persons/" + id + "/account/reset\"").doesNotContain("<html", "主导航");

        PageSession.Page own = admin.get("/persons/" + id + "/account/forms");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("<html", "本人账号：", "action=\"/persons/" + id + "/account\"", "href=\"/persons/" + id + "\"");
    }

    @Test
    void aRefusedBindComesBackOpenWithItsErrorAndWhatWasTyped() {
        long id = PersonTestNumbers.register(accounts, "账号表乙", "150102001001");
        PageSession staff = PageSession.signIn(port, accounts.create("af-staff", "150102000000", Role.STAFF).username(),
                AccountFixtures.PASSWORD);
        staff.htmxGet("/persons/" + id + "/account/forms");

        assertThat(staff.post("/persons/" + id + "/account", Map.of("username", "no-such-account")).status()).isEqualTo(302);
        String page = staff.get("/persons/" + id).body();
        assertThat(page).contains("<details id=\"account-forms\" open=\"open\">", "action=\"/persons/" + id + "/account\"",
                "value=\"no-such-account\"", "role=\"alert\"").doesNotContain("hx-get=\"/persons/" + id + "/account/forms\"");
    }

    @Test
    void theFormsFollowTheSectionsRights() {
        long id = PersonTestNumbers.register(accounts, "账号表丙", "150102001001");
        PageSession viewer = PageSession.signIn(port, accounts.create("af-viewer", "150102000000", Role.VIEWER).username(),
                AccountFixtures.PASSWORD);
        PageSession elsewhere = PageSession.signIn(port, accounts.create("af-other", "150203000000", Role.STAFF).username(),
                AccountFixtures.PASSWORD);

        assertThat(viewer.get("/persons/" + id).body()).doesNotContain("/account/forms");
        assertThat(viewer.htmxGet("/persons/" + id + "/account/forms").status()).isEqualTo(403);
        assertThat(elsewhere.htmxGet("/persons/" + id + "/account/forms").status()).isEqualTo(404);
    }
}
