package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class TablesBrowserTest extends BrowserTest {

    @Autowired
    OverviewFixtures fixtures;

    @Test
    void staffOpenATableDrillDownByKeyboardDownloadItPrintItAndReadItOnAPhone() {
        // 察哈尔右翼后旗 (150928): no other test records moves into work there.
        long id = fixtures.register("150928105001", LocalDate.parse("1990-06-06"), Sex.MALE, 2, 3);
        fixtures.employed(id, "2024-04-04", false);

        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("统计报表")).click();
        assertThat(page.locator("h1")).hasText("统计报表");
        check("list");
        link("残疾人就业“四个一”及实名制服务进展表").click();
        assertThat(page.locator("#stat-table tbody tr.row-region")).hasCount(12);
        assertThat(page.locator("#stat-table thead th[colspan='10']")).hasText("“四个一”服务");
        check("province");

        page.locator("#period").fill("2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看")).click();
        assertThat(page).hasURL(Pattern.compile("period=2024"));
        // Keyboard: the region's name is a link into its own table.
        Locator wulanchabu = page.locator("#stat-table tbody th a", new Page.LocatorOptions().setHasText("乌兰察布市"));
        wulanchabu.focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("region=1509&period=2024"));
        link("察哈尔右翼后旗").click();
        assertThat(page.locator(".form-line")).containsText("填报单位：察哈尔右翼后旗残疾人联合会");
        Locator cell = page.locator("#stat-table tbody tr.row-total td").nth(11);
        assertThat(cell.locator("a")).hasAttribute("href", "/indicators/new_employment/records?region=150928&period=2024");
        assertThat(cell).not().hasText("0");
        check("county");

        Download download = page.waitForDownload(() -> link("下载 XLSX").click());
        assertThat(download.suggestedFilename()).isEqualTo("残疾人就业“四个一”及实名制服务进展表-察哈尔右翼后旗-2024.xlsx");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".site-nav")).isHidden();
        assertThat(page.locator("form.filters")).isHidden();
        assertThat(page.locator("#stat-table")).isVisible();
        boolean fits = (Boolean) page.evaluate("() => document.querySelector('#stat-table').getBoundingClientRect().right"
                + " <= document.documentElement.clientWidth");
        assertThat(fits).as("the printed table fits the page's width").isTrue();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, "admin", ZhuyeTest.ADMIN_PASSWORD);
        phone.navigate("/tables/employment?region=15&period=2024");
        assertThat(phone.locator("#stat-table")).isVisible();
        assertNoHorizontalScroll(phone, "phone");
        assertThat(phone.locator("#stat-table tbody th").first()).hasCSS("position", "sticky");
        phone.locator(".stat-wrap").evaluate("el => el.scrollLeft = 400");
        Locator first = phone.locator("#stat-table tbody th").nth(1);
        double left = ((Number) first.evaluate("el => el.getBoundingClientRect().left")).doubleValue();
        assertThat(left).as("the region names stay in view while the figures scroll").isLessThan(40);
        check(phone, "phone");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
