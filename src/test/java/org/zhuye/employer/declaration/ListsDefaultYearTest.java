package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/** The lists open on the latest collection year with declarations in the user's area, where the work is. */
@ZhuyeTest
class ListsDefaultYearTest {

    private static final String VILLAGE = "150821100004";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Declarations declarations;
    @Autowired
    DeclarationRepository repository;

    @Test
    void theLatestYearIsTheNewestDeclarationInsideTheJurisdictionAndNoneOutsideCounts() {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withTestYears();
        UserAccount staff = fixtures.staff("150800000000");
        assertThat(repository.findLatestYear(Jurisdiction.of(VILLAGE))).isEmpty();
        long unit = fixtures.enterprise("默认年度测试企业", VILLAGE);
        declarations.create(unit, String.valueOf(YEAR), input(40, "3200000"), staff, staff.jurisdiction());
        assertThat(repository.findLatestYear(Jurisdiction.of(VILLAGE))).contains(YEAR);
    }
}
