package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.testing.ZhuyeTest;

/**
 * 指标查询 on a 390 px phone for a province user: the catalogue, 新增残疾人就业 for the province with its 12
 * leagues, drilling down to a league and its county, the records behind the county's figure opening the
 * person's page; a bad period is refused with the field named; axe-core clean and no sideways scroll.
 */
@ZhuyeTest
class IndicatorBrowserTest extends BrowserTest {

    @Autowired
    OverviewFixtures people;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aProvinceUserDrillsFromTheCatalogueToTheRecordsOfACounty() {
        String village = jdbc.sql("SELECT code FROM region WHERE level = 5 AND code LIKE '152528%' ORDER BY code LIMIT 1")
                .query(String.class).single();
        long person = people.register(village, LocalDate.parse("1988-08-08"), Sex.FEMALE, 4, 3);
        people.employed(person, LocalDate.now().toString(), false);
        UserAccount staff = accounts.create("ind-phone", "150000000000", Role.STAFF);
        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);

        phone.navigate("/indicators");
        assertThat(phone.locator("h1")).hasText("指标查询");
        fits(phone, "catalogue");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增残疾人就业").setExact(true)).click();
        assertThat(phone.locator("h1")).containsText("新增残疾人就业");
        assertThat(phone.locator("#children tbody tr")).hasCount(12);
        assertThat(phone.locator("#parts tbody tr")).hasCount(8);
        fits(phone, "province");

        phone.locator("#children").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("锡林郭勒盟").setExact(true)).click();
        assertThat(phone.locator("h2#figure-heading")).containsText("锡林郭勒盟");
        phone.locator("#children").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("镶黄旗").setExact(true)).click();
        assertThat(phone.locator("h2#figure-heading")).containsText("镶黄旗");
        fits(phone, "county");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看所统计的记录")).click();
        assertThat(phone.locator("#records")).containsText("测试概况");
        fits(phone, "records");

        phone.navigate("/indicators/new_employment?region=152528&period=2024Q5");
        assertThat(phone.locator(".error")).containsText("统计期（period）");
        check(phone, "bad-period");
    }

    private void fits(Page phone, String step) {
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
