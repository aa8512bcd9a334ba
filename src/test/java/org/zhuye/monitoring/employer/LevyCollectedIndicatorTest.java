package org.zhuye.monitoring.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.payment.PaymentFixtures;
import org.zhuye.employer.payment.PaymentInput;
import org.zhuye.employer.payment.Payments;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.FigureAssertions;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * levy_collected in 四子王旗 (150929) for 2025, a year no other test pays in: standing payments by the day they
 * reached the treasury, whatever their levy year, in fen, by the unit's town; a voided one and one of the year
 * before left out.
 */
@org.zhuye.testing.ZhuyeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LevyCollectedIndicatorTest {

    static final RegionCode COUNTY = RegionCode.of(PaymentFixtures.COUNTY);
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final ReportingPeriod YEAR_2025 = ReportingPeriod.year(2025);

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Payments payments;
    @Autowired
    Indicators indicators;

    @BeforeAll
    void payments() {
        PaymentFixtures fixtures = new PaymentFixtures(accounts);
        UserAccount staff = fixtures.staff();
        long wulanhua = fixtures.owingUnit("四子王旗入库指标甲公司", PaymentFixtures.WULANHUA);
        long jishengtai = fixtures.owingUnit("四子王旗入库指标乙公司", PaymentFixtures.JISHENGTAI);
        pay(wulanhua, "2024", "1000.00", "2025-02-10", "IND-0001", staff);
        pay(wulanhua, "2024", "777.00", "2024-12-31", "IND-0002", staff);
        pay(jishengtai, "2025", "2500.50", "2025-08-01", "IND-0003", staff);
        long mistaken = pay(jishengtai, "2025", "999.00", "2025-03-01", "IND-0004", staff);
        payments.voidPayment(mistaken, "重复登记", staff, staff.jurisdiction());
    }

    private long pay(long unit, String year, String amount, String day, String voucher, UserAccount staff) {
        return payments.record(unit, new PaymentInput(year, amount, day, voucher), staff, staff.jurisdiction());
    }

    @Test
    void theLevyCollectedSumsStandingPaymentsByTheirTreasuryDayInFenByTheUnitsTown() {
        FigureAssertions.assertFigures(indicators, "levy_collected", COUNTY, YEAR_2025, PROVINCE, Figure.count(350_050),
                Map.of("150929100000", Figure.count(100_000), "150929101000", Figure.count(250_050)));
    }

    @Test
    void itsRecordsAreThePaymentsAndTheirAmountsAreTheFigure() {
        RecordPage page = indicators.records("levy_collected", COUNTY, YEAR_2025, PROVINCE, 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(RecordPage.Row::value).containsExactly(100_000L, 250_050L);
        assertThat(page.rows()).extracting(RecordPage.Row::href).allSatisfy(href -> assertThat(href).endsWith("/payments"));
        assertThat(page.rows().get(0).detail()).contains("2024 年度").contains("IND-0001");
    }

    @Test
    void theMonthsOfTheYearAddUpToIt() {
        assertThat(indicators.figures("levy_collected", COUNTY, ReportingPeriod.month(YearMonth.of(2025, 2)), PROVINCE).total())
                .isEqualTo(Figure.count(100_000));
        assertThat(indicators.monthly("levy_collected", COUNTY, YEAR_2025, PROVINCE).stream().mapToLong(Figure::value).sum())
                .isEqualTo(350_050);
    }
}
