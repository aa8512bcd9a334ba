package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.review.DuplicateReview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class PersonRegistryTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final Jurisdiction XINCHENG = Jurisdiction.of("150102");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    PersonRegistry registry;

    @Autowired
    PersonRepository persons;

    @Autowired
    EmploymentHistory employment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DuplicateReview duplicateReview;

    /** A valid, unused certificate number for a person born in 1985 in 新城区. */
    static String newCertificate(int category, int grade) {
        String body = "150102" + "1985" + String.format("%02d%02d", 1 + SEQUENCE.get() % 12, 1 + SEQUENCE.get() % 28)
                + String.format("%03d", SEQUENCE.getAndIncrement() % 1000);
        return body + CertificateNumber.checkCharacter(body) + category + grade;
    }

    /** Another person born on the same day in the same county: only the sequence number differs. */
    static String sameBirthday(String certificate, int sequenceShift, String categoryAndGrade) {
        String body = certificate.substring(0, 14)
                + String.format("%03d", (Integer.parseInt(certificate.substring(14, 17)) + sequenceShift) % 1000);
        return body + CertificateNumber.checkCharacter(body) + categoryAndGrade;
    }

    static PersonInput input(String certificate, String name) {
        return new PersonInput(certificate, name, "蒙古族", "初级中学", "150102001001", "城镇", "138 0000 1234", null,
                null, "2020-05-01", null, "联系人", "配偶", null);
    }

    @Test
    void aRegisteredPersonIsStoredEncryptedAndShownMasked() {
        String certificate = newCertificate(4, 2);
        long id = registry.register(input(certificate, "巴特尔"), XINCHENG);
        Person person = persons.find(id, XINCHENG).orElseThrow();
        assertThat(person.certificateMasked()).isEqualTo(certificate.substring(0, 6) + "********" + certificate.substring(14, 18) + "·42");
        assertThat(person.phoneMasked()).isEqualTo("138****1234");
        assertThat(person.ethnicity()).isEqualTo("02");
        assertThat(person.category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(person.birthDate().getYear()).isEqualTo(1985);
        byte[] stored = jdbc.sql("SELECT cert_cipher FROM person WHERE id = ?").param(id).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(certificate.substring(0, 10));
        assertThat(registry.reveal(id, "certificate", RevealPurpose.of("核实身份", null), XINCHENG)).isEqualTo(certificate);
        assertThat(registry.reveal(id, "phone", RevealPurpose.of("上门服务", null), XINCHENG)).isEqualTo("13800001234");
        long reveals = jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SENSITIVE_REVEALED' AND object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
        assertThat(reveals).isEqualTo(2);
    }

    @Test
    void theSameCertificateCannotBeRegisteredTwiceEvenWithAReissueSuffix() {
        String certificate = newCertificate(1, 3);
        registry.register(input(certificate, "乌云"), XINCHENG);
        assertThatThrownBy(() -> registry.register(input(certificate + "B1", "乌云"), PROVINCE))
                .isInstanceOf(PersonRuleException.class)
                .satisfies(e -> assertThat(((PersonRuleException) e).fieldErrors().get("certificateNumber")).contains("已登记"));
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsSaved() {
        long before = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        PersonInput bad = new PersonInput("15010219850312123541", "", "火星族", null, "150102001", "城市", "12345",
                "1、2", null, "2020-13-01", null, null, "邻居", null);
        assertThatThrownBy(() -> registry.register(bad, XINCHENG))
                .isInstanceOf(PersonRuleException.class)
                .satisfies(e -> assertThat(((PersonRuleException) e).fieldErrors()).containsKeys(
                        "certificateNumber", "name", "ethnicity", "regionCode", "hukou", "phone", "certIssuedOn",
                        "guardianRelation"));
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aPersonMustLiveInAVillageInsideTheJurisdiction() {
        PersonInput kundulun = new PersonInput(newCertificate(2, 2), "其其格", null, null, "150203001001", "城镇",
                null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> registry.register(kundulun, XINCHENG))
                .satisfies(e -> assertThat(((PersonRuleException) e).fieldErrors().get("regionCode")).contains("管辖范围"));
        PersonInput township = new PersonInput(newCertificate(2, 2), "其其格", null, null, "150102001000", "城镇",
                null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> registry.register(township, XINCHENG))
                .satisfies(e -> assertThat(((PersonRuleException) e).fieldErrors().get("regionCode")).contains("村级"));
    }

    @Test
    void aPersonOutsideTheJurisdictionIsNotFound() {
        long id = registry.register(input(newCertificate(4, 4), "阿拉坦"), XINCHENG);
        assertThat(persons.find(id, Jurisdiction.of("150203"))).isEmpty();
        assertThatThrownBy(() -> registry.reveal(id, "certificate", RevealPurpose.of("核实身份", null), Jurisdiction.of("150203")))
                .isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void aCorrectionIsAuditedWithOnlyTheChangedFieldsAndAStaleVersionIsRefused() {
        long id = registry.register(input(newCertificate(4, 3), "苏和"), XINCHENG);
        Person person = persons.find(id, XINCHENG).orElseThrow();
        String certificate = registry.reveal(id, "certificate", RevealPurpose.of("核实身份", null), XINCHENG);
        PersonInput corrected = new PersonInput(certificate, "苏和巴特尔", "蒙古族", "初级中学", "150102001001", "城镇",
                "13800001234", null, null, "2020-05-01", null, "联系人", "配偶", null);
        registry.update(id, person.version(), corrected, XINCHENG);
        String before = jdbc.sql("SELECT before_state::text FROM audit_event WHERE action = 'PERSON_UPDATED' AND object_id = ?")
                .param(String.valueOf(id)).query(String.class).single();
        assertThat(before).contains("苏和").doesNotContain("ethnicity");
        assertThatThrownBy(() -> registry.update(id, person.version(), corrected, XINCHENG))
                .satisfies(e -> assertThat(((PersonRuleException) e).fieldErrors()).containsKey("version"));
    }

    @Test
    void statusIsKnownAsOfAnyDateAndAMoveIntoWorkCountsAsNewEmployment() {
        long id = registry.register(input(newCertificate(4, 1), "敖登"), XINCHENG);
        employment.record(id, new EmploymentInput("2022-01-01", "否", null, null, null, null, null, "无就业技能", "家庭成员供养"), true, XINCHENG);
        employment.record(id, new EmploymentInput("2024-03-15", "是", "灵活就业", null, "快递员", "3200", "4", null, null), false, XINCHENG);
        assertThat(employment.findStatusOn(id, LocalDate.of(2021, 12, 31), XINCHENG)).isEmpty();
        assertThat(employment.findStatusOn(id, LocalDate.of(2023, 6, 1), XINCHENG).orElseThrow().employed()).isFalse();
        assertThat(employment.findStatusOn(id, LocalDate.of(2024, 3, 15), XINCHENG).orElseThrow().employed()).isTrue();
        assertThat(persons.find(id, XINCHENG).orElseThrow().employed()).isTrue();
        var days = java.util.List.of(new EmploymentHistory.PersonDay(id, LocalDate.of(2021, 12, 31)),
                new EmploymentHistory.PersonDay(id, LocalDate.of(2023, 6, 1)), new EmploymentHistory.PersonDay(id, LocalDate.of(2024, 3, 15)),
                new EmploymentHistory.PersonDay(id, LocalDate.of(2025, 1, 1)));
        assertThat(employment.employedOn(days, XINCHENG)).as("read at once, as one day at a time")
                .containsExactlyInAnyOrder(days.get(2), days.get(3));
        assertThat(employment.employedOn(days, Jurisdiction.of("150202"))).as("outside the jurisdiction").isEmpty();
        Jurisdiction village = Jurisdiction.of("150102001001");
        long before = employment.countNewEmployment(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), village);
        assertThat(before).isGreaterThanOrEqualTo(1);

        long eventId = employment.findHistory(id, XINCHENG).get(0).id();
        employment.voidRecord(id, eventId, "误录", XINCHENG);
        assertThat(persons.find(id, XINCHENG).orElseThrow().employed()).isFalse();
        assertThat(employment.countNewEmployment(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), village)).isEqualTo(before - 1);
        assertThat(employment.findHistory(id, XINCHENG)).hasSize(2).first().satisfies(r -> assertThat(r.voided()).isTrue());
    }

    @Test
    void aSameNameSameBirthdaySameCountyRecordIsFlagged() {
        String first = newCertificate(5, 2);
        String twin = sameBirthday(first, 500, "52");
        long a = registry.register(input(first, "双胞胎"), XINCHENG);
        long b = registry.register(input(twin, "双胞胎"), XINCHENG);
        long flags = jdbc.sql("SELECT count(*) FROM duplicate_flag WHERE person_id = ? AND other_id = ? AND status = 'OPEN' AND region_code = '150102000000'")
                .params(Math.min(a, b), Math.max(a, b)).query(Long.class).single();
        assertThat(flags).isEqualTo(1);
    }

    @Test
    void mergingADuplicateMovesItsHistoryToTheKeptRecordAndHidesItFromSearch() {
        String first = newCertificate(6, 2);
        String second = sameBirthday(first, 400, "62");
        long keep = registry.register(input(first, "重复甲"), XINCHENG);
        long gone = registry.register(input(second, "重复甲"), XINCHENG);
        employment.record(gone, new EmploymentInput("2023-05-01", "是", "集中就业", "福利厂", null, null, null, null, null), true, XINCHENG);
        long flag = jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ?")
                .params(Math.min(keep, gone), Math.max(keep, gone)).query(Long.class).single();

        duplicateReview.merge(flag, keep, XINCHENG);

        assertThat(employment.findHistory(keep, XINCHENG)).extracting(EmploymentRecord::employerName).contains("福利厂");
        assertThat(persons.find(keep, XINCHENG).orElseThrow().employed()).isTrue();
        assertThat(persons.find(gone, XINCHENG).orElseThrow().mergedInto()).isEqualTo(keep);
        var found = persons.search(new PersonSearch("重复甲", null, null, null, null, null, null, null, null, 0, 50),
                null, LocalDate.now(), XINCHENG);
        assertThat(found.rows()).extracting(Person::id).contains(keep).doesNotContain(gone);
        assertThat(duplicateReview.findOpen(XINCHENG)).noneMatch(p -> p.flagId() == flag);
    }

    @Test
    void dismissingAFlagClosesItWithTheReviewersNote() {
        String first = newCertificate(3, 3);
        String second = sameBirthday(first, 300, "33");
        long a = registry.register(input(first, "同名乙"), XINCHENG);
        long b = registry.register(input(second, "同名乙"), XINCHENG);
        long flag = jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ?")
                .params(Math.min(a, b), Math.max(a, b)).query(Long.class).single();
        duplicateReview.dismiss(flag, "双胞胎", XINCHENG);
        assertThat(jdbc.sql("SELECT status || ':' || note FROM duplicate_flag WHERE id = ?").param(flag).query(String.class).single())
                .isEqualTo("DISMISSED:双胞胎");
    }
}
