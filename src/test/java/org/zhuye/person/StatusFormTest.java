package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * 登记新的就业状况 on the person page loads when its section opens: as a piece of the page for htmx, as a page of its
 * own without script, under the same rights as the page; a refused entry comes back with the form already there.
 */
@ZhuyeTest
class StatusFormTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Test
    void thePersonPageLoadsTheFormWhenTheSectionOpensOrLinksToItsOwnPage() {
        long id = PersonTestNumbers.register(accounts, "表单甲", "150102001001");
        PageSession staff = PageSession.signIn(port, accounts.create("sf-staff", "150102000000", Role.STAFF).username(),
                AccountFixtures.PASSWORD);

        String page = staff.get("/persons/" + id).body();
        assertThat(page).contains("hx-get=\"/persons/" + id + "/employment/new\"", "hx-trigger=\"toggle once\"",
                "<a href=\"/persons/" + id + "/employment/new\">打开登记表</a>")
                .doesNotContain("action=\"/persons/" + id + "/employment\"");

        PageSession.Page piece = staff.htmxGet("/persons/" + id + "/employment/new");
        assertThat(piece.status()).isEqualTo(200);
        assertThat(piece.body()).contains("action=\"/persons/" + id + "/employment\"", "id=\"employed-yes\"", "灵活就业")
                .doesNotContain("<html", "主导航");

        PageSession.Page own = staff.get("/persons/" + id + "/employment/new");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("<html", "登记新的就业状况：", "action=\"/persons/" + id + "/employment\"",
                "href=\"/persons/" + id + "\"");
    }

    @Test
    void aRefusedEntryComesBackOpenWithItsErrorsAndWhatWasTyped() {
        long id = PersonTestNumbers.register(accounts, "表单乙", "150102001001");
        PageSession staff = PageSession.signIn(port, accounts.create("sf-staff2", "150102000000", Role.STAFF).username(),
                AccountFixtures.PASSWORD);
        staff.htmxGet("/persons/" + id + "/employment/new");

        PageSession.Page refused = staff.post("/persons/" + id + "/employment",
                Map.of("employed", "是", "occupation", "快递员", "monthlyIncome", "很多"));
        assertThat(refused.status()).isEqualTo(302);
        String page = staff.get("/persons/" + id).body();
        assertThat(page).contains("<details id=\"new-status\" open=\"open\">", "action=\"/persons/" + id + "/employment\"",
                "value=\"快递员\"", "role=\"alert\"").doesNotContain("hx-target=\"#new-status-body\"");
    }

    @Test
    void theFormFollowsThePagesRights() {
        long id = PersonTestNumbers.register(accounts, "表单丙", "150102001001");
        PageSession viewer = PageSession.signIn(port, accounts.create("sf-viewer", "150102000000", Role.VIEWER).username(),
                AccountFixtures.PASSWORD);
        PageSession elsewhere = PageSession.signIn(port, accounts.create("sf-other", "150203000000", Role.STAFF).username(),
                AccountFixtures.PASSWORD);

        assertThat(viewer.get("/persons/" + id).body()).doesNotContain("/employment/new");
        assertThat(viewer.htmxGet("/persons/" + id + "/employment/new").status()).isEqualTo(403);
        assertThat(elsewhere.htmxGet("/persons/" + id + "/employment/new").status()).isEqualTo(404);
    }
}
