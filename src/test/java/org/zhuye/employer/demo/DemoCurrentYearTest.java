package org.zhuye.employer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.declaration.Declaration;
import org.zhuye.employer.declaration.DeclarationRepository;
import org.zhuye.employer.declaration.DeclarationStatus;
import org.zhuye.employer.declaration.Declarations;
import org.zhuye.employer.declaration.DemoDeclarations;
import org.zhuye.person.synthetic.DemoPersons;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The demo carries what this year's declarations need, so that they can be reviewed and confirmed:
 * the demo loader for one city, 呼伦贝尔市 (1507), where no other test registers anyone, then a county
 * reviewer confirms a waiting declaration of the current year and a returned one is corrected,
 * resubmitted and confirmed, all through the real workflow.
 */
@ZhuyeTest
class DemoCurrentYearTest {

    static final String CITY = "1507";

    @Autowired
    DemoEmployers demo;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Declarations declarations;
    @Autowired
    DeclarationRepository repository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCurrentYearsDeclarationsOnTheDemoAreFiledReviewedAndConfirmed() {
        DemoPersons.register(context, CITY, 500, 43);
        UserAccount admin = accounts.provinceAdmin();
        int year = DemoDeclarations.currentYear();

        demo.populate(RegionCode.of(CITY), 15, admin);

        List<String> states = jdbc.sql("""
                SELECT DISTINCT d.status FROM quota_declaration d JOIN employer e ON e.id = d.employer_id
                WHERE e.region_code LIKE ? AND d.year = ?
                """).params(CITY + "%", year).query(String.class).list();
        assertThat(states).containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "RETURNED", "CONFIRMED");
        assertThat(jdbc.sql("""
                SELECT evidence || '|' || source FROM levy_parameter
                WHERE region_prefix = ? AND name = 'SOCIAL_AVERAGE_WAGE' AND valid_from = make_date(?, 1, 1)
                """).params(CITY, year).query(String.class).single()).startsWith("U|演示数据的假设值");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PARAMETER_ADDED' AND object_id = ?")
                .param("levy/" + CITY + "/SOCIAL_AVERAGE_WAGE/" + year + "-01-01").query(Long.class).single()).isEqualTo(1);

        Declaration waiting = first(DeclarationStatus.SUBMITTED, year);
        UserAccount reviewer = accounts.create("demo-reviewer", waiting.regionCode().substring(0, 6), Role.STAFF);
        declarations.confirm(waiting.id(), waiting.version(), reviewer, reviewer.jurisdiction());
        Declaration confirmed = repository.find(waiting.id(), reviewer.jurisdiction()).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(DeclarationStatus.CONFIRMED);
        assertThat(confirmed.result().due()).isNotNull();

        Declaration returned = first(DeclarationStatus.RETURNED, year);
        Jurisdiction area = admin.jurisdiction();
        declarations.update(returned.id(), returned.version(), declarations.inputOf(returned,
                context.getBean(org.zhuye.employer.EmployerRepository.class).find(returned.employerId(), area).orElseThrow()),
                admin, area);
        declarations.submit(returned.id(), version(returned.id()), admin, area);
        declarations.confirm(returned.id(), version(returned.id()), admin, area);
        assertThat(repository.find(returned.id(), area).orElseThrow().status()).isEqualTo(DeclarationStatus.CONFIRMED);
    }

    private Declaration first(DeclarationStatus status, int year) {
        long id = jdbc.sql("""
                SELECT d.id FROM quota_declaration d JOIN employer e ON e.id = d.employer_id
                WHERE e.region_code LIKE ? AND d.year = ? AND d.status = ? ORDER BY d.id LIMIT 1
                """).params(CITY + "%", year, status.name()).query(Long.class).single();
        return repository.find(id, Jurisdiction.of("15")).orElseThrow();
    }

    private int version(long id) {
        return repository.find(id, Jurisdiction.of("15")).orElseThrow().version();
    }
}
