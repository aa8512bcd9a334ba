package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.employee;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.xlsx.XlsxReader;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class QuotaListsTest {

    /** Villages these tests own, so the lists hold only their units. */
    private static final String MUST_EMPLOY_VILLAGE = "150821100002";
    private static final String RESULTS_VILLAGE = "150821100003";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    QuotaLists lists;
    @Autowired
    Declarations declarations;

    private DeclarationFixtures fixtures;
    private UserAccount staff;

    @BeforeEach
    void setUp() {
        fixtures = new DeclarationFixtures(accounts).withTestYears();
        staff = fixtures.staff("150800000000");
    }

    private static List<String> names(Report report) {
        return report.rows().stream().map(r -> r.get(0)).toList();
    }

    @Test
    void unitsThatMustEmployOneAreListedAtTheFiftyAndSixtySevenPostBoundariesWithoutSchools() {
        String v = MUST_EMPLOY_VILLAGE;
        fixtures.unit("盟市机关49编制", "AGENCY", "LEAGUE_CITY", 49, false, v);
        fixtures.unit("盟市机关50编制", "AGENCY", "LEAGUE_CITY", 50, false, v);
        fixtures.unit("自治区机关50编制", "AGENCY", "AUTONOMOUS_REGION", 50, false, v);
        fixtures.unit("旗县机关80编制", "AGENCY", "BANNER_COUNTY", 80, false, v);
        fixtures.unit("事业单位66编制", "PUBLIC_INSTITUTION", "BANNER_COUNTY", 66, false, v);
        fixtures.unit("事业单位67编制", "PUBLIC_INSTITUTION", "BANNER_COUNTY", 67, false, v);
        fixtures.unit("中学67编制", "PUBLIC_INSTITUTION", "BANNER_COUNTY", 67, true, v);

        // 2023's deadline has passed and none of them filed: each counts as employing nobody.
        Report report = lists.mustEmploy(2023, RegionCode.of(v), staff.jurisdiction());
        assertThat(report.error()).isNull();
        assertThat(names(report)).containsExactlyInAnyOrder("盟市机关50编制", "自治区机关50编制", "事业单位67编制");
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.get(7)).isEqualTo("未申报（按未安排）"));
        assertThat(report.rows()).filteredOn(r -> r.get(0).equals("事业单位67编制")).singleElement()
                .satisfies(r -> assertThat(r.get(5)).isEqualTo("1.005"));
    }

    @Test
    void confirmedFiguresDecideTheBelowOverAndMustEmployListsAndTheTotals() throws Exception {
        String v = RESULTS_VILLAGE;
        long idle = fixtures.unit("无人安排的事业单位", "PUBLIC_INSTITUTION", "LEAGUE_CITY", 67, false, v);
        long one = fixtures.unit("安排一人的事业单位", "PUBLIC_INSTITUTION", "LEAGUE_CITY", 67, false, v);
        long many = fixtures.enterprise("超比例民营企业", v);
        long pending = fixtures.enterprise("待审核的民营企业", v);
        confirm(idle, input(67, "5360000"));
        confirm(one, input(67, "5360000", employee("一人", fixtures.person("一人", 4, 4))));
        confirm(many, input(40, "3200000", employee("甲", fixtures.person("甲", 4, 1)),
                employee("乙", fixtures.person("乙", 6, 3))));
        long pendingId = declarations.create(pending, String.valueOf(YEAR), input(300, "27000000"), staff, staff.jurisdiction());
        declarations.submit(pendingId, 0, staff, staff.jurisdiction());

        RegionCode area = RegionCode.of(v);
        assertThat(names(lists.mustEmploy(YEAR, area, staff.jurisdiction()))).containsExactly("无人安排的事业单位");
        Report below = lists.belowQuota(YEAR, area, staff.jurisdiction());
        assertThat(names(below)).containsExactlyInAnyOrder("无人安排的事业单位", "安排一人的事业单位");
        assertThat(below.rows()).filteredOn(r -> r.get(0).equals("无人安排的事业单位")).singleElement()
                .satisfies(r -> assertThat(r.subList(5, 10)).containsExactly("67", "1.005", "0", "1.005", "72360.00"));
        Report over = lists.overQuota(YEAR, area, staff.jurisdiction());
        assertThat(names(over)).containsExactly("超比例民营企业");
        assertThat(over.notes().get(0)).contains("【奖励规则未确认】");
        Report totals = lists.totals(YEAR, RegionCode.of("150821100000"), staff.jurisdiction());
        assertThat(totals.rows()).last().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("合计");
            assertThat(r.get(3)).isEqualTo("3");
            assertThat(r.get(4)).isEqualTo("1");
        });

        MockHttpServletResponse response = new MockHttpServletResponse();
        below.writeXlsx(response, "below-quota", YEAR);
        Path file = Files.createTempFile("below", ".xlsx");
        Files.write(file, response.getContentAsByteArray());
        List<List<String>> read = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(file)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                read.add(row);
            }
        } finally {
            Files.delete(file);
        }
        assertThat(read.get(0)).containsAll(below.header());
        assertThat(read).hasSize(below.rows().size() + 1);
        assertThat(read.stream().map(r -> r.get(0))).contains("无人安排的事业单位", "安排一人的事业单位");
    }

    private void confirm(long unit, DeclarationInput input) {
        fixtures.confirmed(unit, input, staff);
    }
}
