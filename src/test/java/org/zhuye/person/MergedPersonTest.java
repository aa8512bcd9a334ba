package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.review.ChangeRequests;
import org.zhuye.person.review.DuplicateReview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** A merged duplicate is kept as a record of the merge: it links to the kept record and can no longer be changed. */
@ZhuyeTest
class MergedPersonTest {

    static final Jurisdiction XINCHENG = Jurisdiction.of("150102");

    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonRepository persons;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    ChangeRequests changeRequests;
    @Autowired
    DuplicateReview duplicates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;
    @LocalServerPort
    int port;

    @Test
    void aMergedDuplicateLinksToTheKeptRecordOffersNoEditAndRefusesChanges() {
        String first = PersonTestNumbers.next(6, 3);
        long keep = registry.register(PersonRegistryTest.input(first, "合并丙"), XINCHENG);
        long totalsBefore = persons.countTotals(XINCHENG).persons();
        long gone = registry.register(PersonRegistryTest.input(PersonRegistryTest.sameBirthday(first, 450, "63"), "合并丙"), XINCHENG);
        long flag = jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ?")
                .params(Math.min(keep, gone), Math.max(keep, gone)).query(Long.class).single();
        duplicates.merge(flag, keep, XINCHENG);

        var staff = accounts.create("merged-staff", "150102000000", Role.STAFF);
        PageSession page = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        String shown = page.get("/persons/" + gone).body();
        assertThat(shown).contains("已合并到", "href=\"/persons/" + keep + "\"")
                .doesNotContain("/persons/" + gone + "/edit", "action=\"/persons/" + gone + "/employment\"",
                        "action=\"/persons/" + gone + "/household\"");
        assertThat(page.get("/persons/" + keep).body()).contains("/persons/" + keep + "/edit");
        PageSession.Page edit = page.get("/persons/" + gone + "/edit");
        assertThat(edit.status()).isEqualTo(302);
        assertThat(page.get(edit.location().replace("http://localhost:" + port, "")).body()).contains("此记录已合并到人员 " + keep);

        int version = persons.find(gone, XINCHENG).orElseThrow().version();
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        Api.Response put = api.send("PUT", "/api/v1/persons/" + gone + "?version=" + version,
                "{\"certificateNumber\":\"" + first + "\",\"name\":\"改名\",\"regionCode\":\"150102001001\",\"hukou\":\"城镇\"}");
        assertThat(put.status()).isEqualTo(422);
        assertThat(put.body()).contains("已合并到人员 " + keep);
        assertThatThrownBy(() -> employment.record(gone, new EmploymentInput(LocalDate.now().toString(), "是", "灵活就业",
                null, null, null, null, null, null), false, XINCHENG)).hasMessageContaining("已合并到人员 " + keep);
        assertThatThrownBy(() -> changeRequests.submit(gone, version, PersonRegistryTest.input(first, "改名"), XINCHENG))
                .hasMessageContaining("已合并到人员 " + keep);
        assertThat(persons.find(gone, XINCHENG).orElseThrow().name()).isEqualTo("合并丙");

        // and it is gone from lists and counts
        assertThat(persons.countTotals(XINCHENG).persons()).isEqualTo(totalsBefore);
        assertThat(api.get("/api/v1/persons?name=" + java.net.URLEncoder.encode("合并丙", java.nio.charset.StandardCharsets.UTF_8)).body())
                .contains("\"id\":" + keep).doesNotContain("\"id\":" + gone);
    }
}
