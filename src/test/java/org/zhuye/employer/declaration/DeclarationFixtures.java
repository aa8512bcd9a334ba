package org.zhuye.employer.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.parameter.ParametersChanged;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.region.Jurisdiction;

/**
 * Units, persons, accounts and year parameters for declaration tests, made through the real
 * services with unique names and numbers (tests share one database). Places: 巴彦淖尔市 临河区
 * (150802) and 五原县 (150821); 赤峰市 红山区 (150402) for a person from another league.
 */
public final class DeclarationFixtures {

    public static final String LINHE_VILLAGE = "150802001001";
    public static final String WUYUAN_VILLAGE = "150821100001";
    public static final String HONGSHAN_VILLAGE = "150402001001";
    public static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    /** The collection year tests file for: 2024 has every levy parameter (social average wage assumed 85,000). */
    public static final int YEAR = 2024;

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));

    private final AccountFixtures accounts;
    private final JdbcClient jdbc;

    public DeclarationFixtures(AccountFixtures accounts) {
        this.accounts = accounts;
        this.jdbc = accounts.bean(JdbcClient.class);
    }

    /**
     * Test parameter rows (tests own these prefixes): 临河区 and 五原县 may file for {@link #YEAR} until
     * 2099; 五原县 counts only residents of its own league.
     */
    public DeclarationFixtures withTestYears() {
        return withFilingOpen("150802", "PROVINCE").withFilingOpen("150821", "LEAGUE");
    }

    /** A test parameter row: units under {@code prefix} (a test's own area) may file for {@link #YEAR} until 2099. */
    public DeclarationFixtures withFilingOpen(String prefix, String residenceScope) {
        jdbc.sql("""
                INSERT INTO declaration_parameter (region_prefix, year, filing_deadline, review_level, residence_scope, evidence, source)
                VALUES (?, ?, DATE '2099-12-31', 'COUNTY', ?, 'I', '测试参数') ON CONFLICT DO NOTHING
                """).params(prefix, YEAR, residenceScope).update();
        // Written past ParameterKeeping, so tell the application as it would have (answers kept from parameters).
        accounts.publish(new ParametersChanged("declaration"));
        return this;
    }

    /** A valid, unused certificate number of a person born on {@code birth} in county {@code county6}. */
    public static String certificate(String county6, LocalDate birth, boolean male, int category, int grade) {
        int n = SEQUENCE.getAndIncrement() % 500;
        String seq = String.format("%03d", n * 2 + (male ? 1 : 0));
        String body = county6 + birth.toString().replace("-", "") + seq;
        return body + CertificateNumber.checkCharacter(body) + category + grade;
    }

    public static String certificate(int category, int grade) {
        return certificate("150802", LocalDate.of(1988, 3, 1 + SEQUENCE.get() % 28), true, category, grade);
    }

    /** Registers a person living in {@code village} and returns the certificate number. */
    public String person(String name, String certificate, String village, String status) {
        accounts.bean(PersonRegistry.class).register(new PersonInput(certificate, name, null, null, village, "城镇", null,
                null, status, null, null, null, null, null), PROVINCE);
        return certificate;
    }

    public String person(String name, int category, int grade) {
        return person(name, certificate(category, grade), LINHE_VILLAGE, null);
    }

    public long unit(String name, String type, String level, Integer posts, boolean school, String region) {
        return accounts.bean(EmployerRegistry.class).register(new EmployerInput(TestCreditCodes.next(), name, type, level,
                posts == null ? null : String.valueOf(posts), school ? "true" : null, "S", region, null, null), PROVINCE);
    }

    public long enterprise(String name, String region) {
        return unit(name, "PRIVATE_ENTERPRISE", null, null, false, region);
    }

    /** An EMPLOYER account linked to the unit. */
    public UserAccount employerAccount(long unit, String region) {
        UserAccount account = accounts.create("decl-unit", region, Role.EMPLOYER);
        accounts.bean(EmployerAccounts.class).link(unit, account.username(), PROVINCE);
        return account;
    }

    public UserAccount staff(String region) {
        return accounts.create("decl-staff", region, Role.STAFF);
    }

    public static EmployeeInput employee(String name, String certificate) {
        return new EmployeeInput(name, certificate, "12", "true", "3000", "true", "NONE");
    }

    /** Files {@code input} for {@link #YEAR} for the unit, submits it and confirms it as {@code reviewer}; the declaration's id. */
    public long confirmed(long unit, DeclarationInput input, UserAccount reviewer) {
        Declarations workflow = accounts.bean(Declarations.class);
        long id = workflow.create(unit, String.valueOf(YEAR), input, reviewer, reviewer.jurisdiction());
        workflow.submit(id, 0, reviewer, reviewer.jurisdiction());
        workflow.confirm(id, 1, reviewer, reviewer.jurisdiction());
        return id;
    }

    public static DeclarationInput input(int staff, String wageTotal, EmployeeInput... employees) {
        return new DeclarationInput(String.valueOf(staff), List.of(), wageTotal, new ArrayList<>(List.of(employees)));
    }
}
