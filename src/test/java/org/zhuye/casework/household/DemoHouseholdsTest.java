package org.zhuye.casework.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.household.Household;
import org.zhuye.person.household.Households;
import org.zhuye.person.synthetic.DemoPersons;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

/**
 * The demo population's households, registered in 乌兰浩特市 (152201, where no other test registers
 * anyone) through the demo's own path, read as the household pages and the 零就业家庭 page read them.
 */
@ZhuyeTest
class DemoHouseholdsTest {

    static final String CITY = "152201";
    static final int PERSONS = 400;
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    ApplicationContext context;
    @Autowired
    Households households;
    @Autowired
    ZeroEmploymentHouseholds zero;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aDemoPopulationLivesInHouseholdsSomeWithSeveralDisabledMembersSomeWithNobodyInWorkSomeOnDibao() {
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        DemoPersons.register(context, CITY, PERSONS, 15);
        System.out.printf("demo population with households: %d persons in %.1f s%n", PERSONS, (System.nanoTime() - started) / 1e9);

        List<Long> ids = jdbc.sql("SELECT id FROM household WHERE region_code LIKE ? ORDER BY id").param(CITY + "%")
                .query(Long.class).list();
        assertThat(ids.size()).as("households of the demo persons").isGreaterThan(PERSONS / 4);
        List<Household> read = ids.stream().map(id -> households.find(id, today, PROVINCE).orElseThrow()).toList();
        assertThat(read).allSatisfy(h -> {
            assertThat(h.currentMembers()).as("the 户主 is a registered person").anySatisfy(m -> {
                assertThat(m.relation()).isEqualTo("户主");
                assertThat(m.registered()).isTrue();
            });
            assertThat(h.members().visible()).allSatisfy(m -> assertThat(m.name()).endsWith("（虚拟）"));
        });
        assertThat(read).as("一户多残, about a tenth").filteredOn(h -> h.status().multipleDisabilities())
                .hasSizeBetween(1, ids.size() / 5);
        assertThat(read).as("on 低保 today").filteredOn(h -> h.status().onDibao()).isNotEmpty();
        assertThat(read).as("a member moved out").filteredOn(h -> h.members().visible().size() > h.currentMembers().size()).isNotEmpty();

        List<ZeroEmploymentHouseholds.Row> list = zero.findList(RegionCode.of(CITY), today, PROVINCE);
        assertThat(list).as("零就业家庭, as the page lists them").isNotEmpty();
        assertThat(list).allSatisfy(row -> {
            assertThat(ids).contains(row.household().householdId());
            assertThat(row.household().since()).isBeforeOrEqualTo(today);
        });
        assertThat(list.size()).as("not every household").isLessThan(ids.size() / 3);
        assertThat(zero.findTrend(RegionCode.of(CITY), today, 12, PROVINCE))
                .as("the monthly count has something in every month").allSatisfy(p -> assertThat(p.households()).isPositive());

        Api viewer = Api.basic(port, accounts.create("demo-hh", CITY + "000000", Role.VIEWER).username(), AccountFixtures.PASSWORD);
        Api.Response api = viewer.get("/api/v1/casework/zero-employment-households?region=" + CITY);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json()).hasSize(list.size());
        assertThat(api.body()).contains(list.get(0).household().headName());

        long audited = jdbc.sql("""
                SELECT count(DISTINCT object_id) FROM audit_event
                WHERE action = 'HOUSEHOLD_CHANGED' AND actor = 'system' AND region_code LIKE ?
                """).param(CITY + "%").query(Long.class).single();
        assertThat(audited).as("every household recorded through the audited service").isEqualTo(ids.size());
    }
}
