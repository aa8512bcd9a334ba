package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The menu is rendered once per kind of user and section and reused: a reused menu still marks the page's own
 * section, still shows each kind of user only its own links, and carries nobody's name or session.
 */
@ZhuyeTest
class RenderedMenusTest {

    private static final Pattern CURRENT = Pattern.compile("<a href=\"([^\"]+)\" aria-current=\"page\">");

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Test
    void eachPageMarksItsOwnSectionEvenWhenTheMenuWasRenderedForAnotherUser() {
        PageSession first = PageSession.signIn(port, accounts.create("menu-a", "150102000000", Role.STAFF).username(), AccountFixtures.PASSWORD);
        PageSession second = PageSession.signIn(port, accounts.create("menu-b", "150102000000", Role.STAFF).username(), AccountFixtures.PASSWORD);

        for (PageSession session : new PageSession[] {first, second}) {
            assertThat(current(session.get("/persons").body())).isEqualTo("/persons");
            assertThat(current(session.get("/persons/requests").body())).isEqualTo("/persons/requests");
            assertThat(current(session.get("/jobs").body())).isEqualTo("/jobs");
            assertThat(current(session.get("/account/password").body())).isEqualTo("/account/password");
        }
    }

    @Test
    void aMenuShowsOnlyWhatThatKindOfUserMayOpenAndNoOnesNameOrSession() {
        UserAccount admin = accounts.create("menu-admin", "150102000000", Role.ADMIN);
        UserAccount viewer = accounts.create("menu-viewer", "150102000000", Role.VIEWER);
        PageSession adminSession = PageSession.signIn(port, admin.username(), AccountFixtures.PASSWORD);
        PageSession viewerSession = PageSession.signIn(port, viewer.username(), AccountFixtures.PASSWORD);

        String adminPage = adminSession.get("/persons").body();
        String viewerPage = viewerSession.get("/persons").body();

        assertThat(menu(adminPage)).contains("href=\"/admin/users\"", "href=\"/persons/requests\"");
        assertThat(menu(viewerPage)).contains("href=\"/persons\"").doesNotContain("href=\"/admin/users\"", "href=\"/persons/requests\"");
        assertThat(menu(viewerPage)).doesNotContain(viewer.displayName(), "jsessionid");
        assertThat(viewerPage).contains(viewer.displayName());
        assertThat(menu(adminSession.get("/persons").body())).isEqualTo(menu(adminPage));
    }

    private static String menu(String page) {
        int start = page.indexOf("<nav class=\"site-nav\"");
        assertThat(start).as("the page has the main menu").isNotNegative();
        return page.substring(start, page.indexOf("</nav>", start));
    }

    private static String current(String page) {
        Matcher matcher = CURRENT.matcher(menu(page));
        assertThat(matcher.find()).as("one link is marked current").isTrue();
        String href = matcher.group(1);
        assertThat(matcher.find()).as("only one link is marked current").isFalse();
        return href;
    }
}
