package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** Error pages keep the signed-in user's header and menu, so the way on is one click, not the back button. */
@ZhuyeTest
class ErrorPageMenuTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Test
    void notFoundPagesOfASignedInStaffUserShowTheMenu() {
        UserAccount staff = accounts.create("err-staff", "150102000000", Role.STAFF);
        PageSession session = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);

        for (String path : new String[] {"/no-such-page", "/persons/999999999"}) {
            PageSession.Page page = session.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("未找到", "aria-label=\"主导航\"", "href=\"/persons\"",
                    "修改申请", staff.displayName(), "退出");
        }
    }

    @Test
    void badRequestAndForbiddenPagesShowTheMenu() {
        UserAccount viewer = accounts.create("err-viewer", "150102000000", Role.VIEWER);
        PageSession session = PageSession.signIn(port, viewer.username(), AccountFixtures.PASSWORD);

        PageSession.Page bad = session.get("/persons/abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("请求有误", "aria-label=\"主导航\"", viewer.displayName());

        PageSession.Page forbidden = session.get("/persons/requests");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问", "aria-label=\"主导航\"", "href=\"/persons\"")
                .doesNotContain("href=\"/persons/requests\"");
    }

    @Test
    void anErrorPageForSomeoneNotSignedInHasNoMenu() {
        PageSession.Page page = PageSession.anonymous(port).get("/disclosure/no-such-page");
        assertThat(page.body()).doesNotContain("aria-label=\"主导航\"");
    }
}
