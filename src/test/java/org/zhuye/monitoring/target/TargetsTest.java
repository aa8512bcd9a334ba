package org.zhuye.monitoring.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import org.zhuye.testing.ZhuyeTest;

/** Setting targets through the service: who may set which, every problem at once, one transaction, 409, audit. */
@ZhuyeTest
class TargetsTest {

    static final String CHIFENG = "150400000000";
    static final String HONGSHAN = "150402000000";
    static final String YUANBAOSHAN = "150403000000";

    @Autowired
    Targets targets;
    @Autowired
    TargetRepository repository;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;

    static TargetInput input(String region, int year, String value, Integer version) {
        return new TargetInput("new_employment", region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), value, version, null);
    }

    @Test
    void theProvinceSetsItsOwnTargetAndTheChangeIsAuditedWithOldAndNewValue() {
        UserAccount staff = accounts.create("target-province", "15", Role.STAFF);
        Target first = targets.set(input("15", 2041, "1200", null), staff, staff.jurisdiction());
        assertThat(first.value()).isEqualByComparingTo("1200");
        assertThat(first.setBy()).isEqualTo(staff.username());
        Target changed = targets.set(input("15", 2041, "1,500", first.version()), staff, staff.jurisdiction());
        assertThat(changed.version()).isEqualTo(first.version() + 1);
        assertThat(changed.value()).isEqualByComparingTo("1500");
        String after = jdbc.sql("SELECT after_state::text FROM audit_event WHERE action = 'TARGET_SET' AND object_id = :id"
                        + " AND before_state->>'value' = '1200.00'")
                .param("id", String.valueOf(changed.id())).query(String.class).single();
        assertThat(after).contains("1500.00").contains("2041");
    }

    @Test
    void aLeagueSetsItsCountiesTargetsButNotItsOwn() {
        UserAccount league = accounts.create("target-league", "1504", Role.ADMIN);
        assertThat(targets.set(input(HONGSHAN, 2042, "80", null), league, league.jurisdiction()).regionCode()).isEqualTo(HONGSHAN);
        assertThatThrownBy(() -> targets.set(input(CHIFENG, 2042, "800", null), league, league.jurisdiction()))
                .isInstanceOfSatisfying(MonitoringRuleException.class,
                        e -> assertThat(e.fieldErrors().get("regionCode")).contains("由上一级下达"));
    }

    @Test
    void everyProblemIsReportedAtOnceInChinese() {
        UserAccount staff = accounts.create("target-bad", "15", Role.STAFF);
        assertThatThrownBy(() -> targets.set(new TargetInput("no_such_thing", CHIFENG, null, LocalDate.of(2043, 1, 1), "-3", null, null),
                staff, staff.jurisdiction()))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("indicator", "from", "value");
                    assertThat(e.fieldErrors().get("indicator")).contains("no_such_thing");
                    assertThat(e.fieldErrors().get("value")).contains("负数");
                });
        assertThatThrownBy(() -> targets.set(input(CHIFENG, 2043, "12.5", null), staff, staff.jurisdiction()))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> assertThat(e.fieldErrors().get("value")).contains("整数"));
    }

    @Test
    void readersMayNotSetAndRegionsOutsideTheJurisdictionAreNotFound() {
        UserAccount viewer = accounts.create("target-viewer", "15", Role.VIEWER);
        assertThatThrownBy(() -> targets.set(input(CHIFENG, 2044, "10", null), viewer, viewer.jurisdiction()))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        UserAccount other = accounts.create("target-other", "1501", Role.STAFF);
        assertThatThrownBy(() -> targets.set(input(HONGSHAN, 2044, "10", null), other, other.jurisdiction()))
                .isInstanceOf(RegionOutsideJurisdiction.class);
    }

    @Test
    void aSplitWithOneBadChildSavesNothing() {
        UserAccount league = accounts.create("target-split", "1504", Role.STAFF);
        assertThatThrownBy(() -> targets.setAll(List.of(input(HONGSHAN, 2045, "30", null), input(YUANBAOSHAN, 2045, "abc", null)),
                league, league.jurisdiction()))
                .isInstanceOfSatisfying(MonitoringRuleException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("[1].value"));
        assertThat(repository.find("new_employment", RegionCode.of(HONGSHAN), ReportingPeriod.year(2045))).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        UserAccount league = accounts.create("target-stale", "1504", Role.STAFF);
        Target set = targets.set(input(YUANBAOSHAN, 2046, "40", null), league, league.jurisdiction());
        targets.set(input(YUANBAOSHAN, 2046, "45", set.version()), league, league.jurisdiction());
        assertThatThrownBy(() -> targets.set(input(YUANBAOSHAN, 2046, "50", set.version()), league, league.jurisdiction()))
                .isInstanceOf(MonitoringConflictException.class);
        assertThatThrownBy(() -> targets.set(input(YUANBAOSHAN, 2046, "50", null), league, league.jurisdiction()))
                .as("someone set it meanwhile").isInstanceOf(MonitoringConflictException.class);
        assertThat(repository.find("new_employment", RegionCode.of(YUANBAOSHAN), ReportingPeriod.year(2046)).orElseThrow().value())
                .isEqualByComparingTo("45");
    }

    @Test
    void thePlanOfTheProvinceIsLoadedOnStart() {
        Target plan = repository.find("new_employment", RegionCode.of("15"), ReportingPeriod.years(2022, 2024)).orElseThrow();
        assertThat(plan.value()).isEqualByComparingTo("24000");
        assertThat(plan.source()).contains("内政办发〔2022〕68号");
        assertThat(repository.find("training_person_times", RegionCode.of("15"), ReportingPeriod.years(2022, 2024)).orElseThrow().value())
                .isEqualByComparingTo("30000");
    }
}
