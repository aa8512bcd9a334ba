package org.zhuye.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The rule that no page or API answer about one record reads a whole registry-sized table: while
 * the application serves each per-record page and API (person, household, casework, employer,
 * declaration), every statement it runs is recorded with its parameters ({@link RecordedStatements})
 * and run again under {@code EXPLAIN} with {@code enable_seqscan = off} — so the planner takes an
 * index wherever one can serve — on a registry filled by the demo loaders. A {@code Seq Scan} that
 * remains means no index can answer the query: on 1.6 million persons that is a scan of millions
 * of rows on every view. Only the fixed code and parameter tables may be scanned.
 *
 * <p>A database of its own: the demo loaders fill only an empty registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.test.data-dir}/query-plans",
        "zhuye.admin.initial-password=" + ZhuyeTest.ADMIN_PASSWORD,
        "zhuye.demo.persons=2000",
        "zhuye.demo.employers=true",
})
@Import(RecordedStatements.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanRuleTest {

    /** Tables whose size does not follow the registry's: the region tree, code lists and dated parameters. */
    static final Set<String> FIXED_SIZE = Set.of("region", "code_list", "retirement_rule", "casework_code", "casework_cycle",
            "occupation_class", "public_post_rule", "dibao_taper_rule", "levy_parameter", "declaration_parameter",
            "minimum_wage", "flyway_schema_history");
    static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CaseworkServices services;
    @LocalServerPort
    int port;

    UserAccount staff;
    long person;
    long household;
    long employer;
    long declaration;

    @BeforeAll
    void aFilledRegistryWithCasework() {
        staff = accounts.create("plans", "150000000000", Role.STAFF);
        var member = jdbc.sql("""
                        SELECT m.person_id, m.household_id FROM household_member m
                        WHERE m.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM employment_event e WHERE e.person_id = m.person_id)
                        ORDER BY m.id LIMIT 1""")
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        person = member[0];
        household = member[1];
        LocalDate today = LocalDate.now();
        services.record(person, new ServiceInput("ASSESSMENT", today.minusDays(20).toString(), "乌云", "入户面谈", "ABLE", null,
                null, null, null, null), PROVINCE);
        services.record(person, new ServiceInput("DEMAND", today.minusDays(10).toString(), "乌云", "入户面谈", "WANTS_JOB", null,
                null, null, null, null), PROVINCE);
        var filed = jdbc.sql("SELECT employer_id, id FROM quota_declaration ORDER BY id LIMIT 1")
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        employer = filed[0];
        declaration = filed[1];
        jdbc.sql("ANALYZE").update();
    }

    @Test
    void theRegistryIsFilled() {
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isGreaterThanOrEqualTo(2000);
        assertThat(jdbc.sql("SELECT count(*) FROM employment_event").query(Long.class).single()).isGreaterThan(1000);
        assertThat(jdbc.sql("SELECT count(*) FROM quota_declaration_employee").query(Long.class).single()).isPositive();
    }

    @Test
    void noPersonPageOrAnswerScansARegistryTable() throws Exception {
        assertThat(scansServing(
                List.of("/persons/" + person, "/persons/" + person + "/edit", "/persons/households/" + household),
                List.of("/api/v1/persons/" + person, "/api/v1/persons/" + person + "/employment")))
                .as("sequential scans of registry tables").isEmpty();
    }

    @Test
    void noCaseworkPageOrAnswerScansARegistryTable() throws Exception {
        String casework = "/casework/persons/" + person;
        String api = "/api/v1/casework/persons/" + person;
        assertThat(scansServing(List.of(casework, casework + "/plans", casework + "/public-posts"),
                List.of(api + "/assessments", api + "/demands", api + "/placements", api + "/public-posts")))
                .as("sequential scans of registry tables").isEmpty();
    }

    @Test
    void noEmployerOrDeclarationPageOrAnswerScansARegistryTable() throws Exception {
        assertThat(scansServing(List.of("/employers/" + employer, "/declarations/" + declaration),
                List.of("/api/v1/employers/" + employer, "/api/v1/declarations/" + declaration)))
                .as("sequential scans of registry tables").isEmpty();
    }

    /** The rule itself sees a scan: a condition no index can serve is reported, a key lookup is not. */
    @Test
    void aConditionNoIndexCanServeIsReported() throws SQLException {
        assertThat(tablesScanned(new RecordedStatements.Executed(
                "SELECT id FROM person WHERE birth_date + 1 = DATE '2000-01-02'", List.of()))).containsExactly("person");
        assertThat(tablesScanned(new RecordedStatements.Executed("SELECT id FROM person WHERE id = 1", List.of()))).isEmpty();
    }

    @FunctionalInterface
    interface Request {
        int send() throws Exception;
    }

    /** The forbidden scans of the pages (signed in as staff) and the API answers (HTTP Basic). */
    private List<String> scansServing(List<String> pagePaths, List<String> apiPaths) throws Exception {
        PageSession pages = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        List<String> scans = new ArrayList<>();
        for (String path : pagePaths) {
            scans.addAll(scansOf(path, () -> pages.get(path).status()));
        }
        for (String path : apiPaths) {
            scans.addAll(scansOf(path, () -> api.get(path).status()));
        }
        return scans;
    }

    /** Serves {@code request} while recording, then answers "path → table: SQL" for every forbidden scan. */
    private List<String> scansOf(String path, Request request) throws Exception {
        RecordedStatements.start();
        int status;
        List<RecordedStatements.Executed> executed;
        try {
            status = request.send();
        } finally {
            executed = RecordedStatements.stop();
        }
        assertThat(status).as(path).isEqualTo(200);
        assertThat(executed).as("statements recorded for " + path).isNotEmpty();
        Set<String> found = new LinkedHashSet<>();
        for (RecordedStatements.Executed statement : executed) {
            if (!explainable(statement.sql())) {
                continue;
            }
            for (String table : tablesScanned(statement)) {
                if (!FIXED_SIZE.contains(table)) {
                    found.add(path + " → " + table + ": " + statement.sql().replaceAll("\\s+", " ").strip());
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean explainable(String sql) {
        String start = sql.stripLeading().toUpperCase(Locale.ROOT);
        return start.startsWith("SELECT") || start.startsWith("WITH") || start.startsWith("INSERT")
                || start.startsWith("UPDATE") || start.startsWith("DELETE");
    }

    /** The tables the plan reads sequentially when sequential scans are priced out. */
    private Set<String> tablesScanned(RecordedStatements.Executed statement) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL enable_seqscan = off");
            }
            try (PreparedStatement explain = statement.prepare(connection, "EXPLAIN ");
                 ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    Matcher scan = SEQ_SCAN.matcher(plan.getString(1));
                    if (scan.find()) {
                        tables.add(scan.group(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return tables;
    }
}
