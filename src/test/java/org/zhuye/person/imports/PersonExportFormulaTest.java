package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class PersonExportFormulaTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    PersonRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNameThatIsAFormulaIsExportedToCsvAsText() {
        String link = "=HYPERLINK(\"http://evil.example\",\"点此\")";
        long id = registry.register(new PersonInput(ImportFiles.certificate(4, 2), link, "蒙古族", "初级中学",
                "150102001001", "城镇", null, null, null, "2020-05-01", null, null, null, null),
                PersonImportTest.XINCHENG);
        // A name with digits is refused today, but records from older versions or direct loads may hold one.
        String plus = ImportFiles.certificate(1, 3);
        long other = registry.register(new PersonInput(plus, "张三", "汉族", "初级中学",
                "150102001001", "城镇", null, null, null, "2020-05-01", null, null, null, null),
                PersonImportTest.XINCHENG);
        jdbc.sql("UPDATE person SET name = '=1+1' WHERE id = ?").param(other).update();

        var staff = accounts.create("export-staff", "150102000000", Role.STAFF);
        String csv = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD)
                .get("/persons/export.csv?regionCode=150102001001").body();

        assertThat(id).isPositive();
        assertThat(csv).contains(",'=1+1,").contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\",")
                .doesNotContain(",=1+1,").doesNotContain(",\"=HYPERLINK");
    }
}
