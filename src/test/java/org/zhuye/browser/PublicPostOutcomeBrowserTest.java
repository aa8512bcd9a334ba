package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.publicpost.PlacementInput;
import org.zhuye.casework.publicpost.PublicPosts;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * A 乌拉特前旗 worker (where no other test puts anyone) finds a 公益性岗位 term that ended yesterday under 期满待确认,
 * is refused a leaving date before the term started, then records 离岗; the public-posts page with the new section
 * and the outcome form pass axe at 1280 px and at 390 px, without sideways scrolling.
 */
@ZhuyeTest
class PublicPostOutcomeBrowserTest extends BrowserTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    OverviewFixtures people;
    @Autowired
    PublicPosts posts;
    @Autowired
    AccountFixtures accounts;

    @Test
    void aWorkerFindsAnEndedTermWaitingIsRefusedAnEarlyDateAndRecordsThePersonLeftAtBothWidths() {
        LocalDate today = LocalDate.now();
        long person = people.register("150823100001", LocalDate.parse("1983-03-03"), Sex.FEMALE, 4, 3);
        people.notEmployed(person, "2020-01-01", true);
        LocalDate start = today.minusYears(2);
        posts.place(person, new PlacementInput("护林员", "", "乌拉山镇人民政府", start.toString(),
                today.minusDays(1).toString(), ""), false, PROVINCE);
        UserAccount worker = accounts.create("pp-outcome", "150823000000", Role.STAFF);

        Page desktop = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
        signIn(desktop, worker.username(), AccountFixtures.PASSWORD);
        desktop.navigate("/casework/public-posts");
        Locator waiting = desktop.locator("section[aria-labelledby=unconfirmed-heading]");
        assertThat(waiting).containsText("期满待确认（1 人）");
        assertThat(waiting).containsText("护林员");
        check(desktop, "unconfirmed-desktop");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, worker.username(), AccountFixtures.PASSWORD);
        phone.navigate("/casework/public-posts");
        assertThat(phone.locator("#unconfirmed-heading")).isInViewport();
        assertNoHorizontalScroll(phone, "unconfirmed-phone");
        check(phone, "unconfirmed-phone");

        phone.locator("section[aria-labelledby=unconfirmed-heading]")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("确认去向")).click();
        phone.locator("#outcome").selectOption("LEFT");
        phone.locator("#leftOn").fill(start.minusDays(1).toString());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认")).click();
        assertThat(phone.locator("#leftOn-error")).containsText("离岗日期不能早于该岗位的上岗日期");
        assertThat(phone.locator("#leftOn")).hasAttribute("aria-invalid", "true");
        assertNoHorizontalScroll(phone, "outcome-refused-phone");
        check(phone, "outcome-refused-phone");

        phone.locator("#leftOn").fill(today.minusDays(1).toString());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认")).click();
        assertThat(phone.locator(".notice")).containsText("已确认离岗");
        assertThat(phone.locator(".records")).containsText("期满：离岗（" + today.minusDays(1) + "）");
        check(phone, "outcome-recorded-phone");
        phone.navigate("/casework/public-posts");
        assertThat(phone.locator("#unconfirmed-heading")).containsText("（0 人）");
    }
}
