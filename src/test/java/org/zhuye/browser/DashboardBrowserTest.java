package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.TargetRepository;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * 进度看板 in a real browser: the map of the 12 盟市 drawn from the boundary file under the CSP, the ranked bars
 * below the leagues, the data tables beside the charts, drilling by keyboard, axe-clean at 1280 and 390 px.
 */
@ZhuyeTest
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    TargetRepository targets;

    @Test
    void staffReadTheMapDrillDownByKeyboardAndReadItOnAPhone() {
        ReportingPeriod year = ReportingPeriod.year(java.time.LocalDate.now().getYear());
        for (String[] t : new String[][] {{"150000000000", "2000"}, {"150200000000", "300"}, {"152900000000", "40"}}) {
            if (targets.find("new_employment", RegionCode.of(t[0]), year).isEmpty()) {
                targets.save("new_employment", RegionCode.of(t[0]), year, new BigDecimal(t[1]), "浏览器测试", "browser-test", null);
            }
        }
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("进度看板")).click();
        assertThat(page.locator("h1")).containsText("内蒙古自治区 进度看板");
        assertThat(page.locator("#as-of")).containsText("数据截至 " + java.time.LocalDate.now().getYear() + "年");
        assertThat(page.locator("#key-cards [data-indicator=new_employment] [data-field=target]")).hasText("2,000");
        assertThat(page.locator("#child-chart[data-rendered=true] canvas")).hasCount(1);
        assertThat(page.locator("#trend-chart[data-rendered=true] canvas")).hasCount(1);
        assertThat(page.locator("#children tbody tr")).hasCount(12);
        assertThat(page.locator("#child-chart-data caption")).containsText("各盟市目标完成率");
        assertThat(page.locator("#child-chart-data tbody tr")).hasCount(12);
        assertThat(page.locator("#trend-data caption")).containsText("逐月");
        assertThat(page.locator("#child-chart")).hasAttribute("aria-label", Pattern.compile("阿拉善盟 .*数据见旁边的表格"));
        assertThat(page.request().get("/maps/neimenggu.json").status()).isEqualTo(200);
        check("province-1280");

        // Drill by keyboard: the league's link in the children table, then Enter.
        page.locator("#children a", new Page.LocatorOptions().setHasText("阿拉善盟")).focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("region=1529"));
        assertThat(page.locator(".breadcrumb [aria-current=page]")).hasText("阿拉善盟");
        assertThat(page.locator("#child-chart[data-rendered=true] canvas")).hasCount(1);
        assertThat(page.getByText("盟市以下没有可用的行政区划边界数据")).isVisible();
        check("league");

        page.navigate("/monitoring?region=152923201200");
        assertThat(page.getByText("此区划没有下级区划。")).isVisible();
        check("village");
        assertThat(cspViolations).isEmpty();

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, "admin", ZhuyeTest.ADMIN_PASSWORD);
        phone.navigate("/monitoring");
        assertThat(phone.locator("#child-chart[data-rendered=true] canvas")).hasCount(1);
        assertNoHorizontalScroll(phone, "phone");
        check(phone, "phone-390");
    }
}
