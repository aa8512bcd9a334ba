package org.zhuye.employer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.employer.declaration.DeclarationStatus;
import org.zhuye.employer.declaration.QuotaLists;
import org.zhuye.employer.declaration.Report;
import org.zhuye.employer.disclosure.Disclosure;
import org.zhuye.person.synthetic.DemoPersons;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The demo employers through the real registration and declaration workflow. The shared test
 * database is not empty, so the runner's guard would skip; the test calls the population step
 * for one city, 鄂尔多斯市 (1506), where no other test registers anyone, after registering demo
 * persons there for the declarations to name.
 */
@ZhuyeTest
class DemoEmployersTest {

    static final String CITY = "1506";
    static final int YEAR = DemoEmployers.YEAR;

    @Autowired
    DemoEmployers demo;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    QuotaLists lists;
    @Autowired
    Disclosure disclosure;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoEmployersFileDeclarationsInEveryStateSoThatEveryListAndTheDisclosureHaveRows() {
        DemoPersons.register(context, CITY, 500, 42);
        UserAccount admin = accounts.provinceAdmin();

        long started = System.nanoTime();
        DemoEmployers.Summary summary = demo.populate(RegionCode.of(CITY), 15, admin);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("demo employers: %d units, declarations %s in %.1f s%n", summary.employers(),
                summary.declarations(), seconds);

        assertThat(summary.employers()).isEqualTo(10);
        assertThat(summary.declarations().keySet()).containsExactlyInAnyOrder(DeclarationStatus.values());

        List<String[]> units = jdbc.sql("SELECT credit_code, name, type, coalesce(admin_level, ''), "
                        + "coalesce(authorised_posts::text, ''), school::text FROM employer WHERE region_code LIKE ?")
                .param(CITY + "%")
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)})
                .list();
        assertThat(units).hasSize(10).allSatisfy(u -> {
            assertThat(UnifiedSocialCreditCode.parse(u[0]).errors()).as(u[0]).isEmpty();
            assertThat(u[1]).endsWith("（虚拟）");
            boolean levelled = u[2].equals("AGENCY") || u[2].equals("PUBLIC_INSTITUTION");
            assertThat(u[3].isEmpty()).as(u[1] + " level").isEqualTo(!levelled);
            assertThat(u[4].isEmpty()).as(u[1] + " 编制").isEqualTo(!levelled);
        });
        assertThat(units.stream().map(u -> u[2])).contains("AGENCY", "PUBLIC_INSTITUTION", "STATE_OWNED_ENTERPRISE",
                "PRIVATE_ENTERPRISE", "SOCIAL_ORGANIZATION");
        assertThat(units.stream().filter(u -> u[5].equals("true"))).hasSize(1);

        RegionCode city = RegionCode.of(CITY);
        Report below = lists.belowQuota(YEAR, city, admin.jurisdiction());
        assertThat(below.error()).isNull();
        assertThat(below.rows()).anySatisfy(r -> assertThat(r.get(4)).isEqualTo("已确认"))
                .anySatisfy(r -> assertThat(r.get(4)).isEqualTo("未申报"))
                .anySatisfy(r -> assertThat(r.get(10)).startsWith("是"));
        assertThat(lists.mustEmploy(YEAR, city, admin.jurisdiction()).rows()).isNotEmpty();
        assertThat(lists.overQuota(YEAR, city, admin.jurisdiction()).rows()).isNotEmpty();
        assertThat(lists.totals(YEAR, city, admin.jurisdiction()).rows()).last()
                .satisfies(r -> assertThat(r.get(0)).isEqualTo("合计"));
        List<Disclosure.Row> disclosed = disclosure.rows(YEAR, city);
        assertThat(disclosed).isNotEmpty();
        assertThat(disclosed.stream().map(Disclosure.Row::complies)).contains(true, false);

        String returnReason = jdbc.sql("""
                SELECT d.return_reason FROM quota_declaration d JOIN employer e ON e.id = d.employer_id
                WHERE e.region_code LIKE ? AND d.status = 'RETURNED'
                """).param(CITY + "%").query(String.class).list().get(0);
        assertThat(returnReason).startsWith("经审核：");
        List<String> problems = jdbc.sql("""
                SELECT unnest(x.problems) FROM quota_declaration_employee x
                JOIN quota_declaration d ON d.id = x.declaration_id JOIN employer e ON e.id = d.employer_id
                WHERE e.region_code LIKE ?
                """).param(CITY + "%").query(String.class).list();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("不在就业年龄段"));
        long counted = jdbc.sql("""
                SELECT count(*) FROM quota_declaration_employee x
                JOIN quota_declaration d ON d.id = x.declaration_id JOIN employer e ON e.id = d.employer_id
                WHERE e.region_code LIKE ? AND x.counted AND x.name LIKE '%（虚拟）'
                """).param(CITY + "%").query(Long.class).single();
        assertThat(counted).isPositive();

        long audited = jdbc.sql("""
                SELECT count(*) FROM audit_event
                WHERE action = 'EMPLOYER_REGISTERED' AND actor = 'system' AND region_code LIKE ?
                """).param(CITY + "%").query(Long.class).single();
        assertThat(audited).isEqualTo(10);
        long confirmations = jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'DECLARATION_CONFIRMED' AND region_code LIKE ?
                """).param(CITY + "%").query(Long.class).single();
        assertThat(confirmations).isEqualTo(summary.declarations().get(DeclarationStatus.CONFIRMED).longValue());
        assertThat(seconds).isLessThan(30);
    }
}
