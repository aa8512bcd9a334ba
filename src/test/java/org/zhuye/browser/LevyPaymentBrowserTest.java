package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.payment.PaymentFixtures;
import org.zhuye.testing.ZhuyeTest;

/**
 * 残保金缴纳 on a 390 px phone, by keyboard: county staff open a unit with a confirmed declaration, record a payment
 * (a third decimal is refused at its field first), see the balance fall, void the payment with a reason, and find the
 * area's payments page; axe on each page, no sideways scroll.
 */
@ZhuyeTest
class LevyPaymentBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void staffRecordAPaymentByKeyboardOnAPhoneAndVoidIt() {
        PaymentFixtures fixtures = new PaymentFixtures(accounts);
        long unit = fixtures.owingUnit("四子王旗浏览器缴费测试公司", PaymentFixtures.WULANHUA);
        UserAccount staff = fixtures.staff();
        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);

        phone.navigate("/employers/" + unit);
        assertThat(phone.locator("#balance-" + YEAR)).containsText("欠缴 43200.00 元");
        check(phone, "employer-with-payments");
        assertNoHorizontalScroll(phone, "employer-with-payments");

        phone.locator("#levyYear").focus();
        phone.keyboard().type(String.valueOf(YEAR));
        phone.keyboard().press("Tab");
        phone.keyboard().type("20000.005");
        phone.keyboard().press("Tab");
        // Tab inside a date input moves between its year, month and day: the date is filled, the next field focused.
        phone.locator("#paidOn").fill(YEAR + "-09-15");
        phone.locator("#voucherNo").focus();
        phone.keyboard().type("SZW-WEB-0001");
        phone.keyboard().press("Enter");

        assertThat(phone.locator("#error-summary")).containsText("实缴金额最多两位小数");
        assertThat(phone.locator("#amount")).hasAttribute("aria-invalid", "true");
        assertThat(phone.locator("#voucherNo")).hasValue("SZW-WEB-0001");
        check(phone, "payment-error");
        assertNoHorizontalScroll(phone, "payment-error");
        phone.locator("#amount").fill("");
        phone.locator("#amount").focus();
        phone.keyboard().type("20000");
        phone.keyboard().press("Enter");

        assertThat(phone.locator(".notice")).containsText("已登记 " + YEAR + " 年度缴纳 20000 元");
        assertThat(phone.locator("#balance-" + YEAR)).containsText("欠缴 23200.00 元");
        assertThat(phone.locator("#payment-list")).containsText("SZW-WEB-0001");
        check(phone, "payment-recorded");
        assertNoHorizontalScroll(phone, "payment-recorded");

        // Void it by keyboard: the summary opens the reason field, Enter submits.
        phone.getByText("作废", new Page.GetByTextOptions().setExact(true)).focus();
        phone.keyboard().press("Enter");
        phone.keyboard().press("Tab");
        phone.keyboard().type("凭证号录入错误");
        phone.keyboard().press("Enter");
        assertThat(phone.locator(".notice")).containsText("已作废完税凭证号 SZW-WEB-0001");
        assertThat(phone.locator("#payment-list")).containsText("已作废：凭证号录入错误");
        assertThat(phone.locator("#balance-" + YEAR)).containsText("欠缴 43200.00 元");

        // The menu is folded away at phone width; its entry is there for staff.
        assertThat(phone.locator("nav a[href='/levy-payments']")).hasText("残保金缴纳");
        phone.navigate("/levy-payments");
        assertThat(phone.locator("h1")).hasText("残保金缴纳（征收入库）");
        phone.locator("#withVoided").check();
        phone.locator("#year").fill(String.valueOf(YEAR));
        phone.locator("#year").press("Enter");
        assertThat(phone.locator("#payments")).containsText("四子王旗浏览器缴费测试公司");
        check(phone, "payments-list");
        assertNoHorizontalScroll(phone, "payments-list");
    }
}
