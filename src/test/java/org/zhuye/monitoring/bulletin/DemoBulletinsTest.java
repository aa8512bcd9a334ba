package org.zhuye.monitoring.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.testing.ZhuyeTest;

/** The demo's 通报, made inside a transaction rolled back afterwards (its province target must not stay for other tests). */
@ZhuyeTest
class DemoBulletinsTest {

    @Autowired
    DemoBulletins demo;
    @Autowired
    Bulletins bulletins;
    @Autowired
    BulletinFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theProvinceHasTwoIssuedQuartersAndThisQuartersDraft() {
        LocalDate today = LocalDate.now();
        UserAccount admin = accounts.provinceAdmin();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            fixtures.target("new_employment", DemoBulletins.PROVINCE, ReportingPeriod.year(today.getYear()), 5000);
            List<String> done = demo.populate(admin, today);
            assertThat(done).hasSize(3);
            List<Bulletin> made = bulletins.list("15", null, admin, 500, 0).stream()
                    .filter(b -> b.regionCode().equals(DemoBulletins.PROVINCE)).toList();
            ReportingPeriod current = ReportingPeriod.quarterOf(today);
            assertThat(made).filteredOn(b -> b.quarter().equals(current.key()))
                    .singleElement().satisfies(b -> {
                        assertThat(b.state()).isEqualTo(Bulletin.State.DRAFT);
                        assertThat(b.body()).startsWith("截至" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日，全区新增残疾人就业");
                    });
            assertThat(made).filteredOn(Bulletin::issued).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(b -> assertThat(b.documentNumber()).startsWith("内残联通〔" + today.getYear() + "〕"));
            assertThat(made.get(0).figures().indicators()).extracting(IndicatorRanking::indicator).contains("new_employment");
            assertThat(made.get(0).figures().indicators().get(0).children()).hasSizeGreaterThanOrEqualTo(12);
            status.setRollbackOnly();
        });
    }
}
