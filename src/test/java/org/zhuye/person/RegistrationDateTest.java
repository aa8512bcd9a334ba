package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.person.overview.RegionOverview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

/** 建档日期: a registry loaded from years of paper files keeps the day each person was registered. */
@ZhuyeTest
class RegistrationDateTest {

    @Autowired
    RegionOverview overview;
    @LocalServerPort
    int port;

    private String body(String certificate, String name, String registeredOn) {
        return """
                {"person": {"certificateNumber": "%s", "name": "%s", "regionCode": "150102001001", "hukou": "城镇"%s}}
                """.formatted(certificate, name, registeredOn == null ? "" : ", \"registeredOn\": \"" + registeredOn + "\"");
    }

    @Test
    void theApiTakesAndGivesTheRegistrationDateAndACorrectionWithoutOneKeepsIt() {
        Api admin = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        String certificate = PersonTestNumbers.next(4, 2);
        Api.Response created = admin.postJson("/api/v1/persons", body(certificate, "建档甲", "2019-03-15"));
        assertThat(created.status()).isEqualTo(201);
        var json = created.json();
        assertThat(json.get("registeredOn").asText()).isEqualTo("2019-03-15");
        long id = json.get("id").asLong();
        assertThat(admin.get("/api/v1/persons/" + id).json().get("registeredOn").asText()).isEqualTo("2019-03-15");

        Api.Response put = admin.send("PUT", "/api/v1/persons/" + id + "?version=" + json.get("version").asInt(),
                "{\"certificateNumber\":\"" + certificate + "\",\"name\":\"建档乙\",\"regionCode\":\"150102001001\",\"hukou\":\"城镇\"}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("registeredOn").asText()).as("left blank: unchanged").isEqualTo("2019-03-15");

        String today = admin.postJson("/api/v1/persons", body(PersonTestNumbers.next(4, 2), "建档丙", null)).json()
                .get("registeredOn").asText();
        assertThat(today).as("not given: registered today").isEqualTo(LocalDate.now().toString());
    }

    @Test
    void aFutureOrPreBirthRegistrationDateIsRefusedWithItsRule() {
        Api admin = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        Api.Response future = admin.postJson("/api/v1/persons",
                body(PersonTestNumbers.next(4, 2), "建档丁", LocalDate.now().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("fieldErrors").get("registeredOn").asText()).startsWith("建档日期不能晚于今天");
        Api.Response beforeBirth = admin.postJson("/api/v1/persons", body(PersonTestNumbers.next(4, 2), "建档戊", "1980-01-01"));
        assertThat(beforeBirth.json().get("fieldErrors").get("registeredOn").asText()).startsWith("建档日期不能早于出生日期");
    }

    @Test
    void theImportTemplateHasAnOptionalRegistrationDateColumnLast() {
        assertThat(PersonTemplate.HEADERS).last().isEqualTo("建档日期");
        List<String> row = new ArrayList<>(PersonTemplate.exampleRow());
        assertThat(PersonTemplate.person(row).registeredOn()).isEqualTo("2019-06-18");
        List<String> older = new ArrayList<>(row.subList(0, PersonTemplate.HEADERS.size() - 1));
        assertThat(PersonTemplate.person(older).registeredOn()).as("an earlier 23-column file").isNull();
        assertThat(PersonTemplate.employment(older)).isNotNull();
        List<String> noStatus = new ArrayList<>(Collections.nCopies(PersonTemplate.HEADERS.size(), ""));
        noStatus.set(PersonTemplate.HEADERS.size() - 1, "2020-01-01");
        assertThat(PersonTemplate.employment(noStatus)).as("a date of registration is not a status").isNull();
    }

    @Test
    void theOverviewCountsThoseRegisteredByAPastDate() {
        // 新城区 东门外街道's village 150102001001 holds others' test persons too: count the difference.
        Api admin = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        LocalDate past = LocalDate.parse("2021-06-30");
        long before = overview.find(RegionCode.of("150102001001"), past, Jurisdiction.of("15")).orElseThrow().figures().total();
        admin.postJson("/api/v1/persons", body(PersonTestNumbers.next(4, 2), "建档己", "2020-02-02"));
        admin.postJson("/api/v1/persons", body(PersonTestNumbers.next(4, 2), "建档庚", "2022-02-02"));
        long after = overview.find(RegionCode.of("150102001001"), past, Jurisdiction.of("15")).orElseThrow().figures().total();
        assertThat(after - before).as("only the one registered before 2021-06-30").isEqualTo(1);
    }
}
