package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** Pages name places (region/place) and use the shared field fragment's date inputs. */
@ZhuyeTest
class PlaceNamesOnPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Test
    void thePersonListNamesEachPlaceWithItsParentsAndKeepsTheCodeSmall() {
        // Names take no digits: the run's own suffix is spelled in Chinese numerals.
        String name = "地名" + String.valueOf(System.nanoTime() % 100000).chars()
                .mapToObj(d -> String.valueOf("零一二三四五六七八九".charAt(d - '0'))).reduce("", String::concat);
        PersonTestNumbers.register(accounts, name, "150102001001");
        var user = accounts.create("names-xincheng", "150102000000", Role.STAFF);
        PageSession staff = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);

        PageSession.Page page = staff.get("/persons?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        // Below the 新城区 user's own area only: the village and its township.
        assertThat(page.body()).contains("<span>公主府社区居委会 · 海拉尔东路街道</span>")
                .contains("<small class=\"code place-code\">150102001001</small>")
                .doesNotContain("<td class=\"code\">150102001001</td>");
    }

    @Test
    void theRegistrationFormAsksDatesWithTheBrowsersDateInput() {
        var user = accounts.create("names-dates", "150102000000", Role.STAFF);
        PageSession staff = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);

        String form = staff.get("/persons/new").body();

        assertThat(form).contains("type=\"date\" id=\"certIssuedOn\"").contains("type=\"date\" id=\"certValidUntil\"")
                .contains("type=\"date\" id=\"effectiveOn\"").doesNotContain("格式 YYYY-MM-DD");
    }
}
