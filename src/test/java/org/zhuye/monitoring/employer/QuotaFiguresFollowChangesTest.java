package org.zhuye.monitoring.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.employer.payment.PaymentInput;
import org.zhuye.employer.payment.Payments;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.parameter.ParameterKeeping;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The quota figures are kept between changes (the dashboard asks them on every view); each kind of write — a
 * confirmed declaration, a unit moved, a payment and its void, a parameter row — is seen by the very next read.
 * In 察哈尔右翼中旗 (150927), where no other test puts a unit: 科布尔镇 (150927103) and 铁沙盖镇 (150927104).
 */
@ZhuyeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaFiguresFollowChangesTest {

    static final RegionCode COUNTY = RegionCode.of("150927");
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final String KEBUER = "150927103000";
    static final String TIESHAGAI = "150927104000";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    EmployerRegistry registry;
    @Autowired
    EmployerRepository employers;
    @Autowired
    Payments payments;
    @Autowired
    ParameterKeeping parameters;
    @Autowired
    Indicators indicators;
    @Autowired
    JdbcClient jdbc;

    DeclarationFixtures fixtures;
    UserAccount staff;

    @BeforeAll
    void area() {
        fixtures = new DeclarationFixtures(accounts).withFilingOpen("150927", "PROVINCE");
        staff = fixtures.staff("150900000000");
    }

    @Test
    void aConfirmedDeclarationAndAUnitMovedToAnotherTownAreCountedByTheNextRead() {
        ReportingPeriod year = ReportingPeriod.year(YEAR);
        RegionFigures before = figures("levy_due", year);

        long unit = owingUnit("科布尔镇年审变动企业", "150927103001");
        Figure due = Figure.count(jdbc.sql("SELECT result_due FROM quota_declaration WHERE employer_id = ? AND year = ?")
                .params(unit, YEAR).query(BigDecimal.class).single().movePointRight(2).longValueExact());
        assertThat(due).isNotEqualTo(Figure.ZERO);
        RegionFigures confirmed = figures("levy_due", year);
        assertThat(confirmed.total()).isEqualTo(before.total().plus(due));
        assertThat(child(confirmed, KEBUER)).isEqualTo(child(before, KEBUER).plus(due));

        Employer moved = employers.find(unit, PROVINCE).orElseThrow();
        registry.update(unit, moved.version(), new EmployerInput(moved.creditCode(), moved.name(), "PRIVATE_ENTERPRISE",
                null, null, null, "S", "150927104225", null, null), PROVINCE);
        RegionFigures after = figures("levy_due", year);
        assertThat(after.total()).isEqualTo(confirmed.total());
        assertThat(child(after, TIESHAGAI)).isEqualTo(child(confirmed, TIESHAGAI).plus(due));
        assertThat(child(after, KEBUER).plus(due)).isEqualTo(child(confirmed, KEBUER));
    }

    @Test
    void aPaymentAndItsVoidAreCountedByTheNextRead() {
        ReportingPeriod january = ReportingPeriod.month(YearMonth.of(2026, 1));
        long unit = owingUnit("科布尔镇入库变动企业", "150927103001");
        Figure before = figures("levy_collected", january).total();

        long payment = payments.record(unit, new PaymentInput(String.valueOf(YEAR), "500.00", "2026-01-15", "KEEP-0001"),
                staff, staff.jurisdiction());
        assertThat(figures("levy_collected", january).total()).isEqualTo(before.plus(Figure.count(50_000)));

        payments.voidPayment(payment, "录入错误", staff, staff.jurisdiction());
        assertThat(figures("levy_collected", january).total()).isEqualTo(before);
    }

    @Test
    void aNewDeadlineRowIsJudgedByTheNextRead() {
        // 2025's province row closed filing on 2025-07-31, so an agency that never filed counts as employing none.
        ReportingPeriod year2025 = ReportingPeriod.year(2025);
        fixtures.unit("科布尔镇未申报机关", "AGENCY", "AUTONOMOUS_REGION", 50, false, "150927103001");
        assertThat(figures("public_units_50_67", year2025).total()).isEqualTo(Figure.ratio(0, 1));

        Map<String, String> row = new LinkedHashMap<>();
        row.put("regionPrefix", "150927");
        row.put("year", "2025");
        row.put("filingDeadline", "2099-12-31");
        row.put("reviewLevel", "COUNTY");
        row.put("residenceScope", "PROVINCE");
        row.put("evidence", "U");
        row.put("source", "测试：延长申报期");
        UserAccount admin = accounts.create("quota-keep-admin", "15", Role.ADMIN);
        assertThat(parameters.add(parameters.kind("declaration").orElseThrow(), row, admin)).isEmpty();

        assertThat(figures("public_units_50_67", year2025).total()).isEqualTo(Figure.ratio(0, 0));
    }

    private long owingUnit(String name, String village) {
        long unit = fixtures.enterprise(name, village);
        fixtures.confirmed(unit, input(40, "3200000"), staff);
        return unit;
    }

    private RegionFigures figures(String code, ReportingPeriod period) {
        return indicators.figures(code, COUNTY, period, PROVINCE);
    }

    private static Figure child(RegionFigures figures, String region) {
        return figures.children().stream().filter(c -> c.regionCode().equals(region)).map(RegionFigures.Child::figure)
                .findFirst().orElse(Figure.ZERO);
    }
}
