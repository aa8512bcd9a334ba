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
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The rule that no page or API answer about one record reads a whole registry-sized table: while
 * the application serves each per-record page and API and each list's first page (person, household,
 * casework, employer, declaration, levy payments; postings, matching, referrals, fairs; courses, subsidies, businesses;
 * institutions; targets, bulletins, annual reports, indicator records), every statement it runs is recorded with its parameters ({@link RecordedStatements})
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
        "zhuye.demo.persons=1000",
        "zhuye.demo.employers=true",
        "zhuye.demo.jobs=true",
        "zhuye.demo.training=true",
        "zhuye.demo.monitoring=true",
})
@Import(RecordedStatements.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanRuleTest {

    /**
     * Tables whose size does not follow the registry's: the region tree, code lists and dated parameters. Matching
     * weights and annual-report deadlines are dated parameters per region prefix too (a row per policy change, read
     * whole to pick the one in force).
     */
    static final Set<String> FIXED_SIZE = Set.of("region", "code_list", "retirement_rule", "casework_code", "casework_cycle",
            "occupation_class", "public_post_rule", "dibao_taper_rule", "levy_parameter", "declaration_parameter",
            "minimum_wage", "match_weight", "annual_report_deadline", "flyway_schema_history");
    /** The catalogue's topics whose figures the jobs, training and institution modules count. */
    static final Set<String> RECORD_TOPICS = Set.of("招聘", "培训", "创业", "机构");
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
    DemoRecords demo;

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
        demo = DemoRecords.find(jdbc);
        jdbc.sql("ANALYZE").update();
    }

    @Test
    void theRegistryIsFilled() {
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isGreaterThanOrEqualTo(1000);
        assertThat(jdbc.sql("SELECT count(*) FROM employment_event").query(Long.class).single()).isGreaterThan(500);
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

    /** A unit's 缴纳情况, the area's payments and the records behind levy_collected (the demo pays confirmed declarations). */
    @Test
    void noLevyPaymentPageOrAnswerScansARegistryTable() throws Exception {
        long payer = jdbc.sql("SELECT employer_id FROM levy_payment ORDER BY id LIMIT 1").query(Long.class).single();
        int year = jdbc.sql("SELECT levy_year FROM levy_payment ORDER BY id LIMIT 1").query(Integer.class).single();
        assertThat(scansServing(List.of("/employers/" + payer + "/payments", "/levy-payments", "/levy-payments?year=" + year,
                        "/indicators/levy_collected/records?region=" + demo.county() + "&period=" + year),
                List.of("/api/v1/levy-payments", "/api/v1/levy-payments?employerId=" + payer,
                        "/api/v1/levy-payments/employers/" + payer)))
                .as("sequential scans of registry tables").isEmpty();
    }

    @Test
    void noPostingProfileMatchOrReferralPageOrAnswerScansARegistryTable() throws Exception {
        String job = "/jobs/" + demo.posting();
        String seeker = "/persons/" + demo.seeker();
        assertThat(scansServing(
                List.of("/jobs", job, "/jobs/" + demo.draftPosting() + "/edit", job + "/candidates", seeker + "/work-profile",
                        seeker + "/job-matches", "/referrals", "/referrals/" + demo.referral()),
                List.of("/api/v1/jobs", "/api/v1" + job, "/api/v1" + job + "/candidates",
                        "/api/v1" + job + "/candidates/" + demo.seeker(), "/api/v1" + seeker + "/work-profile",
                        "/api/v1" + seeker + "/job-matches", "/api/v1/referrals", "/api/v1/referrals/" + demo.referral())))
                .as("sequential scans of registry tables").isEmpty();
    }

    @Test
    void noFairPageAnswerOrCheckInScansARegistryTable() throws Exception {
        String fair = "/job-fairs/" + demo.fair();
        List<String> scans = new ArrayList<>(scansServing(List.of("/job-fairs", fair, fair + "/edit", "/job-fairs/callbacks"),
                List.of("/api/v1/job-fairs", "/api/v1" + fair)));
        scans.addAll(scansCheckingIn());
        assertThat(scans).as("sequential scans of registry tables").isEmpty();
    }

    @Test
    void noCourseSubsidyOrBusinessPageOrAnswerScansARegistryTable() throws Exception {
        String course = "/courses/" + demo.course();
        String business = "/businesses/" + demo.business();
        long trainee = jdbc.sql("SELECT person_id FROM course_enrolment WHERE id = ?").param(demo.enrolment())
                .query(Long.class).single();
        assertThat(scansServing(
                List.of("/courses", course, course + "/edit", "/persons/" + trainee + "/training", "/training/subsidies",
                        "/training/subsidies/" + demo.subsidy(), "/training/followups/" + demo.enrolment(), "/training/providers",
                        "/businesses", business, business + "/edit"),
                List.of("/api/v1/courses", "/api/v1" + course, "/api/v1" + course + "/enrolments", "/api/v1" + course + "/sessions",
                        "/api/v1" + course + "/certificates", "/api/v1/training/subsidies", "/api/v1/training/followups",
                        "/api/v1/training/providers", "/api/v1/businesses", "/api/v1" + business, "/api/v1" + business + "/loans")))
                .as("sequential scans of registry tables").isEmpty();
    }

    @Test
    void noInstitutionPageOrAnswerScansARegistryTable() throws Exception {
        String institution = "/institutions/" + demo.institution();
        assertThat(scansServing(
                List.of("/institutions", institution, institution + "/edit", institution + "/ratings", "/institutions/ratings",
                        "/persons/" + demo.servedPerson() + "/institutions"),
                List.of("/api/v1/institutions", "/api/v1" + institution, "/api/v1" + institution + "/persons",
                        "/api/v1" + institution + "/ratings")))
                .as("sequential scans of registry tables").isEmpty();
    }

    /**
     * Targets, bulletins, annual reports, and the first page of the records behind each jobs, training and
     * institution indicator of one county (the casework, employment and quota sources are the registry's statistics).
     */
    @Test
    void noMonitoringPageOrAnswerOrRecordPageScansARegistryTable() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/targets", "/bulletins", "/bulletins/" + demo.bulletin(), "/annual-reports",
                "/annual-reports/" + demo.annualReport()));
        for (String code : recordIndicators()) {
            pages.add("/indicators/" + code + "/records?region=" + demo.county());
        }
        assertThat(scansServing(pages,
                List.of("/api/v1/targets", "/api/v1/bulletins", "/api/v1/bulletins/" + demo.bulletin(),
                        "/api/v1/annual-reports?year=" + demo.reportYear(), "/api/v1/annual-reports/" + demo.annualReport())))
                .as("sequential scans of registry tables").isEmpty();
    }

    /** The rule itself sees a scan: a condition no index can serve is reported, a key lookup is not. */
    @Test
    void aConditionNoIndexCanServeIsReported() throws SQLException {
        assertThat(tablesScanned(new RecordedStatements.Executed(
                "SELECT id FROM person WHERE birth_date + 1 = DATE '2000-01-02'", List.of()))).containsExactly("person");
        assertThat(tablesScanned(new RecordedStatements.Executed("SELECT id FROM person WHERE id = 1", List.of()))).isEmpty();
    }

    /** A statement marked for a generic plan is explained without its values too, as PostgreSQL will run it. */
    @Test
    void aGenericPlanIsExplainedWithoutItsValues() throws SQLException {
        assertThat(tablesScannedByGenericPlan(StatementPlans.GENERIC + "SELECT id FROM person WHERE birth_date + 1 = ?"))
                .containsExactly("person");
        assertThat(tablesScannedByGenericPlan(StatementPlans.GENERIC + "SELECT id FROM person WHERE id = ? AND region_code LIKE ?"))
                .isEmpty();
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

    /**
     * A fair held today: a registered person checked in by the last four digits of the certificate (looked up
     * among the fair's attendees), another checked in on the spot by the whole certificate number.
     */
    private List<String> scansCheckingIn() throws Exception {
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        String today = LocalDate.now().toString();
        Api.Response created = api.postJson("/api/v1/job-fairs", """
                {"title": "执行计划检查专场", "regionCode": "150102000000", "kind": "GENERAL", "online": false,
                 "startsOn": "%s", "endsOn": "%s", "venue": "区残联", "zones": [], "callbackDays": "14"}""".formatted(today, today));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String fair = "/api/v1/job-fairs/" + created.json().get("fair").get("id").asLong();
        PersonRegistry registry = accounts.bean(PersonRegistry.class);
        String registeredCertificate = PersonTestNumbers.next(4, 3);
        long registered = registry.register(PersonTestNumbers.input(registeredCertificate, "查计划甲"), PROVINCE);
        String walkInCertificate = PersonTestNumbers.next(2, 2);
        registry.register(PersonTestNumbers.input(walkInCertificate, "查计划乙"), PROVINCE);
        assertThat(api.postJson(fair + "/registrations", "{\"personId\": " + registered + "}").status()).isEqualTo(201);
        List<String> scans = new ArrayList<>(scansOf(fair + "/check-ins by last four", () -> api.postJson(fair + "/check-ins",
                "{\"certificateNumber\": \"" + registeredCertificate.substring(14, 18) + "\"}").status()));
        scans.addAll(scansOf(fair + "/check-ins by certificate", () -> api.postJson(fair + "/check-ins",
                "{\"certificateNumber\": \"" + walkInCertificate + "\"}").status()));
        return scans;
    }

    /** The catalogue's indicators of {@link #RECORD_TOPICS} that are not a breakdown of another. */
    private List<String> recordIndicators() {
        Api.Response catalogue = Api.basic(port, staff.username(), AccountFixtures.PASSWORD).get("/api/v1/indicators");
        assertThat(catalogue.status()).as(catalogue.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        catalogue.json().forEach(entry -> {
            if (entry.get("parent").isNull() && RECORD_TOPICS.contains(entry.get("topic").asText())) {
                codes.add(entry.get("code").asText());
            }
        });
        assertThat(codes).as("indicators of " + RECORD_TOPICS).hasSizeGreaterThanOrEqualTo(RECORD_TOPICS.size());
        return codes;
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
        assertThat(status).as(path).isBetween(200, 299);
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
            if (StatementPlans.generic(statement.sql())) {
                for (String table : tablesScannedByGenericPlan(statement.sql())) {
                    if (!FIXED_SIZE.contains(table)) {
                        found.add(path + " → " + table + " (generic plan): " + statement.sql().replaceAll("\\s+", " ").strip());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean explainable(String sql) {
        String start = (StatementPlans.generic(sql) ? sql.substring(StatementPlans.GENERIC.length()) : sql)
                .stripLeading().toUpperCase(Locale.ROOT);
        return start.startsWith("SELECT") || start.startsWith("WITH") || start.startsWith("INSERT")
                || start.startsWith("UPDATE") || start.startsWith("DELETE");
    }

    /**
     * The tables the generic plan of {@code sql} reads sequentially when sequential scans are priced out: the plan
     * PostgreSQL keeps for a statement marked {@link StatementPlans#GENERIC} after five runs, priced with no values:
     * the statement, its {@code ?} numbered as {@code $1, $2…}, prepared by name and explained under
     * {@code force_generic_plan}.
     */
    private Set<String> tablesScannedByGenericPlan(String sql) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        boolean quoted = false;
        int parameter = 0;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                numbered.append('$').append(++parameter);
            } else {
                numbered.append(c);
            }
        }
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement explain = connection.createStatement()) {
                explain.execute("SET LOCAL enable_seqscan = off");
                explain.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                explain.execute("PREPARE generic_plan_check AS " + numbered);
                String values = String.join(", ", java.util.Collections.nCopies(parameter, "NULL"));
                try (ResultSet plan = explain.executeQuery("EXPLAIN EXECUTE generic_plan_check"
                        + (parameter == 0 ? "" : "(" + values + ")"))) {
                    tables.addAll(seqScans(plan));
                }
            } finally {
                // A prepared statement outlives the transaction; the connection goes back to the pool.
                connection.rollback();
                try (Statement deallocate = connection.createStatement()) {
                    deallocate.execute("DEALLOCATE generic_plan_check");
                }
            }
        }
        return tables;
    }

    /** The tables an {@code EXPLAIN}'s lines read sequentially. */
    private static Set<String> seqScans(ResultSet plan) throws SQLException {
        Set<String> tables = new TreeSet<>();
        while (plan.next()) {
            Matcher scan = SEQ_SCAN.matcher(plan.getString(1));
            if (scan.find()) {
                tables.add(scan.group(1));
            }
        }
        return tables;
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
                tables.addAll(seqScans(plan));
            } finally {
                connection.rollback();
            }
        }
        return tables;
    }
}
