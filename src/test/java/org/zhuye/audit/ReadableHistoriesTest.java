package org.zhuye.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * Histories read as labels wherever they are shown: a person's 变更记录, the audit page, the change
 * requests and an employer's history, each corrected through its page as staff do it.
 */
@ZhuyeTest
class ReadableHistoriesTest {

    private static final String XINCHENG = "150102000000";
    private static final String VILLAGE = "150102001001";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    PersonRegistry persons;

    @Autowired
    EmployerRegistry employers;

    @Autowired
    JdbcClient jdbc;

    private PageSession as(String prefix, String region, Role role) {
        UserAccount user = accounts.create(prefix, region, role);
        return PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
    }

    /** The person form as registered by {@link PersonTestNumbers#input}, with some fields changed. */
    private static Map<String, String> personForm(String certificate, String name, String education, String hukou) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("certificateNumber", certificate);
        form.put("name", name);
        form.put("ethnicity", "蒙古族");
        form.put("education", education);
        form.put("regionCode", VILLAGE);
        form.put("hukou", hukou);
        form.put("phone", "138 0000 1234");
        form.put("multipleCategories", "");
        form.put("certStatus", "");
        form.put("certIssuedOn", "2020-05-01");
        form.put("certValidUntil", "");
        form.put("guardianName", "联系人");
        form.put("guardianRelation", "配偶");
        form.put("guardianPhone", "");
        return form;
    }

    /** What a reader sees of a section: its text without markup. */
    private static String section(String body, String headingId) {
        int start = body.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as("section " + headingId).isPositive();
        return text(body.substring(body.indexOf('>', start) + 1, body.indexOf("</section>", start)));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
                .replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n");
    }

    @Test
    void aCorrectedEducationReadsAsLabelsInThePersonsHistoryAndOnTheAuditPage() {
        String certificate = PersonTestNumbers.next(4, 2);
        long id = persons.register(PersonTestNumbers.input(certificate, "额尔敦"), Jurisdiction.of("15"));
        PageSession staff = as("history-staff", XINCHENG, Role.STAFF);

        staff.get("/persons/" + id + "/edit");
        PageSession.Page saved = staff.post("/persons/" + id, personForm(certificate, "额尔敦", "普通高级中学", "城镇"));
        assertThat(saved.status()).isEqualTo(302);

        String history = section(staff.get("/persons/" + id).body(), "audit-heading");
        assertThat(history).contains("文化程度：初级中学 → 普通高级中学")
                .contains("户籍：城镇").contains("居住地：")
                .doesNotContain("{", "\"", "education", "URBAN", "person ")
                .doesNotContain(certificate).doesNotContain("13800001234");

        String audit = PageSession.signIn(port, "admin", ZhuyeTest.ADMIN_PASSWORD)
                .get("/admin/audit?objectType=person&objectId=" + id).body();
        String table = text(audit.substring(audit.indexOf("<table"), audit.indexOf("</table>")));
        assertThat(table).contains("文化程度：初级中学 → 普通高级中学").contains("人员：额尔敦").contains("修改人员信息")
                .doesNotContain("{", "\"", "PERSON_UPDATED", "education", "person ");
        assertThat(audit).contains("href=\"/persons/" + id + "\"");
    }

    @Test
    void aChangeRequestReadsAsLabelsWhenReviewedAndOnceApproved() {
        String certificate = PersonTestNumbers.next(4, 2);
        long id = persons.register(PersonTestNumbers.input(certificate, "萨仁"), Jurisdiction.of("15"));
        PageSession grassroots = as("history-grassroots", VILLAGE, Role.GRASSROOTS);
        grassroots.get("/persons/" + id + "/edit");
        assertThat(grassroots.post("/persons/" + id, personForm(certificate, "萨仁", "初级中学", "农村")).status())
                .isEqualTo(302);
        long requestId = jdbc.sql("SELECT id FROM change_request WHERE person_id = ?").param(id).query(Long.class).single();

        PageSession staff = as("history-reviewer", XINCHENG, Role.STAFF);
        String review = staff.get("/persons/requests").body();
        String card = section(review, "request-" + requestId);
        assertThat(card).contains("户籍：城镇 → 农村").doesNotContain("{", "\"", "hukou", "RURAL");

        assertThat(staff.post("/persons/requests/" + requestId + "/approve", Map.of()).status()).isEqualTo(302);
        String page = staff.get("/persons/" + id).body();
        assertThat(section(page, "requests-heading")).contains("已批准").contains("户籍：城镇 → 农村")
                .doesNotContain("{", "\"", "RURAL");
        assertThat(section(page, "audit-heading")).contains("批准修改申请").contains("户籍：城镇 → 农村")
                .doesNotContain("{", "\"", "RURAL");
    }

    @Test
    void anEmployerCorrectionReadsAsLabelsWithThePhoneStillMasked() {
        String code = TestCreditCodes.next();
        long id = employers.register(new EmployerInput(code, "历史测试商贸公司", "PRIVATE_ENTERPRISE", null, null, null, "C",
                VILLAGE, "联系人", "13900001111"), Jurisdiction.of(XINCHENG));
        PageSession staff = as("history-employer", XINCHENG, Role.STAFF);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("creditCode", code);
        form.put("name", "历史测试商贸公司");
        form.put("type", "STATE_OWNED_ENTERPRISE");
        form.put("level", "");
        form.put("authorisedPosts", "");
        form.put("school", "");
        form.put("industry", "F");
        form.put("regionCode", VILLAGE);
        form.put("contactName", "联系人");
        form.put("contactPhone", "13900002222");
        staff.get("/employers/" + id + "/edit");
        assertThat(staff.post("/employers/" + id, form).status()).isEqualTo(302);

        String history = section(staff.get("/employers/" + id).body(), "audit-heading");
        assertThat(history).contains("单位类型：民营企业 → 国有企业").contains("所属行业：制造业 → 批发和零售业")
                .contains("联系电话：139****1111 → 139****2222")
                .doesNotContain("{", "\"", "PRIVATE_ENTERPRISE", "industry", "13900002222", "employer ");
    }
}
