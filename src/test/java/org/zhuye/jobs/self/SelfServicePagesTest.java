package org.zhuye.jobs.self;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.SelfRegisteredDemands;
import org.zhuye.casework.ServiceKind;
import org.zhuye.casework.ServiceRecord;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** The person's own pages as a signed-in PERSON account sees them: only the bound person, masked. */
@ZhuyeTest
class SelfServicePagesTest {

    private static final Jurisdiction XINCHENG = Jurisdiction.of("150102");

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    CaseworkServices services;

    private PageSession signIn(UserAccount account) {
        return PageSession.signIn(port, account.username(), AccountFixtures.PASSWORD);
    }

    @Test
    void anUnboundAccountIsSentToBindAndThenSeesOnlyItsOwnRecordMasked() {
        String certificate = PersonTestNumbers.next(2, 3);
        long mine = registry.register(PersonTestNumbers.input(certificate, "页面甲"), XINCHENG);
        long other = registry.register(PersonTestNumbers.input(PersonTestNumbers.next(2, 2), "页面乙"), XINCHENG);
        UserAccount account = accounts.create("me-page", "150102001001", Role.PERSON);
        PageSession page = signIn(account);

        assertThat(page.get("/").body()).contains("绑定本人档案", "href=\"/me/bind\"").doesNotContain("登记的持证残疾人");
        assertThat(page.get("/me/record").location()).endsWith("/me/bind");
        assertThat(page.get("/me/bind").body()).contains("残疾人证号", "您还可以试 3 次");
        PageSession.Page bound = page.post("/me/bind", Map.of("certificateNumber", certificate, "name", "页面甲",
                "phone", "138 0000 1234"));
        assertThat(bound.status()).isEqualTo(302);
        assertThat(bound.location()).endsWith("/me/record");

        String record = page.get("/me/record").body();
        assertThat(record).contains("页面甲", certificate.substring(0, 6), "138****1234", "新城区", "还没有登记就业需求")
                .doesNotContain(certificate, "13800001234", "页面乙");
        assertThat(page.get("/me/record/" + other).status()).isEqualTo(404);
        assertThat(page.get("/me/record?personId=" + other).body()).contains("页面甲").doesNotContain("页面乙");
        assertThat(page.get("/persons/" + other).status()).isIn(403, 404);
        assertThat(page.get("/api/v1/persons/" + other).status()).isIn(401, 403, 404);
        assertThat(mine).isNotEqualTo(other);

        String home = page.get("/").body();
        assertThat(home).doesNotContain("绑定本人档案").contains("填写我的能力与求职意愿", "登记我的就业需求");
    }

    @Test
    void theDemandFormRecordsACaseworkDemandServiceDeliveredByThePersonThemself() {
        String certificate = PersonTestNumbers.next(1, 2);
        long mine = registry.register(PersonTestNumbers.input(certificate, "需求甲"), XINCHENG);
        UserAccount account = accounts.create("me-demand", "150102001001", Role.PERSON);
        PageSession page = signIn(account);
        page.get("/me/bind");
        assertThat(page.post("/me/bind", Map.of("certificateNumber", certificate, "name", "需求甲", "phone", "13800001234"))
                .status()).isEqualTo(302);

        assertThat(page.get("/me/demand").body()).contains("意向职业", "意向工作地点", "新城区");
        PageSession.Page missing = page.post("/me/demand", Map.of("hours", "FULL_TIME"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("请至少选择一个意向职业", "href=\"#field-occupations\"");
        assertThat(services.findForPerson(mine, XINCHENG)).isEmpty();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("occupations", "4");
        form.put("places", "150102000000");
        form.put("hours", "PART_TIME");
        form.put("expectedWage", "2500");
        form.put("accommodations", "SCREEN");
        PageSession.Page saved = page.post("/me/demand", form);
        assertThat(saved.status()).isEqualTo(302);

        assertThat(services.findForPerson(mine, XINCHENG)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(ServiceKind.DEMAND);
            assertThat(s.deliveredBy()).isEqualTo(SelfRegisteredDemands.DELIVERED_BY);
            assertThat(s.voided()).isFalse();
        });
        String record = page.get("/me/record").body();
        assertThat(record).contains("社会生产服务和生活服务人员", "非全日制", "2500", "读屏软件", SelfRegisteredDemands.DELIVERED_BY);
        assertThat(page.get("/").body()).contains("我的就业需求").doesNotContain("登记我的就业需求</span>");
        assertThat(page.get("/me/demand").body()).contains("value=\"2500\"");
    }

    @Test
    void anEmployerHomeShowsOnlyItsOwnStepsAndOtherRolesCannotOpenSelfServicePages() {
        UserAccount employer = accounts.create("me-employer", "150102001001", Role.EMPLOYER);
        PageSession page = signIn(employer);
        String home = page.get("/").body();
        assertThat(home).doesNotContain("登记的持证残疾人", "待审核的修改申请", "绑定本人档案", "我的就业需求");
        assertThat(page.get("/me/record").status()).isEqualTo(404);
        assertThat(page.get("/me/bind").status()).isEqualTo(404);

        UserAccount staff = accounts.create("me-staff", "150102000000", Role.STAFF);
        assertThat(signIn(staff).get("/me/demand").status()).isEqualTo(404);
    }
}
