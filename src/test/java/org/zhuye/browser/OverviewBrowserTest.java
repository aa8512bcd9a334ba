package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class OverviewBrowserTest extends BrowserTest {

    @Autowired
    OverviewFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffOpenTheOverviewDrillDownChangeTheDateAndDownloadIt() {
        // 马鬃山苏木 (152923201): nobody else's tests put anyone there.
        long worker = fixtures.register("152923201200", LocalDate.parse("1984-04-04"), Sex.MALE, 4, 2);
        fixtures.employed(worker, "2024-05-01", false);
        long seeker = fixtures.register("152923201200", LocalDate.parse("1991-09-09"), Sex.FEMALE, 2, 3);
        fixtures.notEmployed(seeker, "2024-05-01", true);
        fixtures.register("152923201200", LocalDate.parse("2014-02-02"), Sex.FEMALE, 5, 1);

        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("人员概况")).click();
        assertThat(page.locator("h1")).containsText("内蒙古自治区");
        assertThat(page.locator("#children tbody tr")).hasCount(12);
        assertCharts(5);
        check("province");

        link("阿拉善盟").click();
        assertThat(page).hasURL(Pattern.compile("region=1529"));
        assertThat(page.locator(".breadcrumb [aria-current=page]")).hasText("阿拉善盟");
        link("额济纳旗").click();
        link("马鬃山苏木").click();
        assertThat(page.locator("h1")).containsText("马鬃山苏木");
        assertThat(figure("total")).hasText("3");
        assertThat(figure("workingAge")).hasText("2");
        assertThat(figure("employmentRate")).hasText("50.0%");
        assertThat(page.locator("#categories tbody tr").nth(3).locator("td").first()).hasText("1");
        assertCharts(5);
        Locator chart = page.locator(".chart[role=img]").first();
        assertThat(chart).hasAttribute("aria-label", Pattern.compile("苏海布拉格嘎查 50.0%"));
        check("township");

        Download download = page.waitForDownload(() -> link("下载 XLSX").click());
        assertThat(download.suggestedFilename()).isEqualTo("人员概况-马鬃山苏木-" + LocalDate.now() + ".xlsx");

        page.locator("#asOf").fill("2020-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看")).click();
        assertThat(page).hasURL(Pattern.compile("asOf=2020-01-01"));
        assertThat(figure("total")).hasText("0");
        assertThat(figure("employmentRate")).hasText("—");
        check("before-registration");
        link("内蒙古自治区").click();
        assertThat(page).hasURL(Pattern.compile("region=15&asOf=2020-01-01"));

        // The picker offers no unknown place; a typed address still gets the message at the field.
        page.navigate("/persons/overview?region=99");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("没有这个区划");
        assertThat(page.locator("#region")).hasAttribute("aria-invalid", "true");
        check("unknown-region");

        assertThat(cspViolations).isEmpty();

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
        signIn(phone, "admin", ZhuyeTest.ADMIN_PASSWORD);
        phone.navigate("/persons/overview?region=152923201");
        assertThat(phone.locator(".chart canvas").first()).isVisible();
        assertNoHorizontalScroll(phone, "phone");
        check(phone, "phone");
    }

    private void assertCharts(int count) {
        Locator charts = page.locator(".chart[role=img][data-rendered=true]");
        assertThat(charts).hasCount(count);
        for (int i = 0; i < count; i++) {
            assertThat(charts.nth(i).locator("canvas")).hasCount(1);
            assertThat(charts.nth(i)).hasAttribute("aria-label", Pattern.compile("数据见下表"));
        }
    }

    private Locator figure(String name) {
        return page.locator("[data-figure=" + name + "]");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
