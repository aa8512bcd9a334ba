package org.zhuye.employer.payment;

import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.platform.xlsx.XlsxWriter;

/**
 * Units with a confirmed declaration of {@link DeclarationFixtures#YEAR} in 四子王旗 (150929), where no other test puts
 * a unit: 乌兰花镇 (150929100) and 吉生太镇 (150929101). Made through the real services.
 */
public final class PaymentFixtures {

    public static final String COUNTY = "150929";
    public static final String WULANHUA = "150929100001";
    public static final String JISHENGTAI = "150929101200";

    private final AccountFixtures accounts;
    private final DeclarationFixtures declarations;
    private final UserAccount reviewer;

    public PaymentFixtures(AccountFixtures accounts) {
        this.accounts = accounts;
        this.declarations = new DeclarationFixtures(accounts).withFilingOpen(COUNTY, "PROVINCE");
        this.reviewer = declarations.staff("150929000000");
    }

    /** A private enterprise of 40 staff employing no one disabled, its declaration confirmed: a levy is due. */
    public long owingUnit(String name, String village) {
        long unit = declarations.enterprise(name, village);
        declarations.confirmed(unit, input(40, "3200000"), reviewer);
        return unit;
    }

    public BigDecimal due(long unit) {
        return accounts.bean(JdbcClient.class).sql("SELECT result_due FROM quota_declaration WHERE employer_id = ? AND year = ?")
                .params(unit, YEAR).query(BigDecimal.class).single();
    }

    public UserAccount staff() {
        return accounts.create("levy-staff", "150929000000", Role.STAFF);
    }

    public UserAccount viewer() {
        return accounts.create("levy-viewer", "150929000000", Role.VIEWER);
    }

    /** Staff of another league (赤峰市), who must not see these units. */
    public UserAccount elsewhere() {
        return accounts.create("levy-other", "150400000000", Role.STAFF);
    }

    /** The tax bureau's feedback as the template lays it out: the header, then each row's cells as text. */
    public static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "征收入库")) {
            xlsx.header(PaymentImport.HEADERS);
            for (List<String> row : rows) {
                xlsx.row(row);
            }
        }
        return out.toByteArray();
    }

    public String creditCode(long unit) {
        return accounts.bean(JdbcClient.class).sql("SELECT credit_code FROM employer WHERE id = ?").param(unit)
                .query(String.class).single();
    }
}
