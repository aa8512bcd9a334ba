package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonSearch;
import org.zhuye.person.RevealPurpose;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.platform.csv.RowError;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class PersonImportTest {

    static final Jurisdiction XINCHENG = Jurisdiction.of("150102");
    static final String USER = "import-tester";

    @Autowired
    ImportJobs jobs;

    @Autowired
    PersonRegistry registry;

    @Autowired
    PersonExport export;

    @Autowired
    FieldCipher cipher;

    @Autowired
    JdbcClient jdbc;

    ImportJob run(byte[] file, String name, boolean dryRun) throws IOException {
        return jobs.runNow(new ByteArrayInputStream(file), name, dryRun, USER, XINCHENG);
    }

    List<RowError> errors(ImportJob job) {
        return jobs.findErrors(job.id(), XINCHENG, 0, 1000);
    }

    long stored(String certificate) {
        return jdbc.sql("SELECT count(*) FROM person WHERE cert_hash = ?")
                .param(cipher.lookupHash(certificate.substring(0, 20))).query(Long.class).single();
    }

    PersonRecord record(String certificate) {
        return jdbc.sql("SELECT id, name, version, employed, employed_since FROM person WHERE cert_hash = ?")
                .param(cipher.lookupHash(certificate.substring(0, 20)))
                .query((rs, i) -> new PersonRecord(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        (Boolean) rs.getObject(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()))
                .single();
    }

    record PersonRecord(long id, String name, int version, Boolean employed, java.time.LocalDate employedSince) {
    }

    List<Boolean> baselines(long personId) {
        return jdbc.sql("SELECT baseline FROM employment_event WHERE person_id = ? ORDER BY id")
                .param(personId).query(Boolean.class).list();
    }

    @Test
    void aFileWithBadRowsIsRefusedWithEveryBadRowNamedAndNothingSaved() throws IOException {
        String good = ImportFiles.certificate(4, 2);
        String alsoGood = ImportFiles.certificate(1, 3);
        List<String> badCertificate = ImportFiles.row("15010219850312123541", ImportFiles.uniqueName("错证"));
        List<String> outside = ImportFiles.row(ImportFiles.certificate(2, 2), ImportFiles.uniqueName("外地"));
        outside.set(4, "150203001015");
        List<String> repeated = ImportFiles.row(good, ImportFiles.uniqueName("重复"));
        List<String> badStatus = ImportFiles.row(ImportFiles.certificate(3, 4), ImportFiles.uniqueName("状况"));
        badStatus.set(14, "也许");
        byte[] file = ImportFiles.csv(List.of(ImportFiles.row(good, ImportFiles.uniqueName("好")), badCertificate, outside,
                ImportFiles.row(alsoGood, ImportFiles.uniqueName("好")), repeated, badStatus));

        ImportJob job = run(file, "bad.csv", false);

        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.rowsRead()).isEqualTo(6);
        assertThat(job.message()).contains("未保存任何数据");
        List<RowError> errors = errors(job);
        assertThat(errors).extracting(RowError::row).containsExactly(3, 4, 6, 7);
        assertThat(errors).extracting(RowError::column).containsExactly("残疾人证号", "居住地区划代码", "残疾人证号", "是否就业");
        assertThat(errors.get(1).value()).isEqualTo("150203001015");
        assertThat(errors.get(2).rule()).contains("第2行");
        assertThat(errors.get(3).value()).isEqualTo("也许");
        assertThat(job.errors()).isEqualTo(4);
        assertThat(stored(good) + stored(alsoGood)).isZero();
    }

    @Test
    void aDryRunChecksEverythingAndSavesNothing() throws IOException {
        String certificate = ImportFiles.certificate(4, 1);
        ImportJob job = run(ImportFiles.csv(List.of(ImportFiles.row(certificate, ImportFiles.uniqueName("试")))), "dry.csv", true);
        assertThat(job.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.rowsRead()).isEqualTo(1);
        assertThat(job.saved()).isFalse();
        assertThat(job.message()).contains("全部通过检查");
        assertThat(stored(certificate)).isZero();
    }

    @Test
    void aCommitInsertsEncryptedPersonsWithABaselineStatusAndAReimportChangesNothing() throws IOException {
        String employed = ImportFiles.certificate(4, 2);
        String unknown = ImportFiles.certificate(5, 3);
        String name = ImportFiles.uniqueName("新");
        byte[] file = ImportFiles.csv(List.of(ImportFiles.row(employed, name),
                ImportFiles.withoutStatus(ImportFiles.row(unknown, ImportFiles.uniqueName("新")))));
        long auditsBefore = jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PERSONS_IMPORTED'").query(Long.class).single();

        ImportJob first = run(file, "new.csv", false);

        assertThat(first.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(first.saved()).isTrue();
        assertThat(first.inserted()).isEqualTo(2);
        PersonRecord person = record(employed);
        assertThat(person.name()).isEqualTo(name);
        assertThat(person.employed()).isTrue();
        assertThat(person.employedSince()).isEqualTo(java.time.LocalDate.of(2023, 4, 1));
        assertThat(baselines(person.id())).containsExactly(true);
        assertThat(record(unknown).employed()).isNull();
        assertThat(registry.reveal(person.id(), "certificate", RevealPurpose.of("核实身份", null), XINCHENG)).isEqualTo(employed);
        assertThat(registry.reveal(person.id(), "phone", RevealPurpose.of("核实身份", null), XINCHENG)).isEqualTo("13800000000");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PERSONS_IMPORTED'").query(Long.class).single())
                .isEqualTo(auditsBefore + 1);
        String summary = jdbc.sql("SELECT after_state::text FROM audit_event WHERE action = 'PERSONS_IMPORTED' AND object_id = ?")
                .param(String.valueOf(first.id())).query(String.class).single();
        assertThat(summary).contains("\"inserted\": 2").contains("new.csv");

        ImportJob again = run(file, "new.csv", false);

        assertThat(again.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(record(employed).version()).isEqualTo(person.version());
        assertThat(baselines(person.id())).containsExactly(true);
    }

    @Test
    void aChangedRowUpdatesThePersonAndAChangedStatusIsRecordedAsATransition() throws IOException {
        String renamed = ImportFiles.certificate(4, 3);
        String leaving = ImportFiles.certificate(2, 3);
        List<String> a = ImportFiles.row(renamed, ImportFiles.uniqueName("甲"));
        List<String> b = ImportFiles.row(leaving, ImportFiles.uniqueName("乙"));
        run(ImportFiles.csv(List.of(a, b)), "v1.csv", false);
        PersonRecord before = record(renamed);

        List<String> a2 = new ArrayList<>(a);
        a2.set(1, ImportFiles.uniqueName("改名"));
        List<String> b2 = new ArrayList<>(b);
        b2.set(14, "否");
        b2.set(15, "2025-01-15");
        b2.set(16, "");
        b2.set(18, "");
        b2.set(19, "");
        b2.set(20, "");
        b2.set(21, "无就业技能");
        b2.set(22, "家庭成员供养");
        ImportJob job = run(ImportFiles.csv(List.of(a2, b2)), "v2.csv", false);

        assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.updated()).isEqualTo(2);
        assertThat(job.inserted()).isZero();
        PersonRecord after = record(renamed);
        assertThat(after.name()).isEqualTo(a2.get(1));
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(baselines(after.id())).containsExactly(true);
        PersonRecord left = record(leaving);
        assertThat(left.employed()).isFalse();
        assertThat(left.employedSince()).isEqualTo(java.time.LocalDate.of(2025, 1, 15));
        assertThat(baselines(left.id())).containsExactly(true, false);

        List<String> b3 = new ArrayList<>(b);
        b3.set(15, "2024-01-01");
        ImportJob backdated = run(ImportFiles.csv(List.of(b3)), "v3.csv", false);
        assertThat(errors(backdated)).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("就业状况日期");
            assertThat(e.rule()).contains("2025-01-15");
        });
    }

    @Test
    void xlsxAndCsvGiveTheSameResult() throws IOException {
        List<String> bad = ImportFiles.row("15010219850312123541", ImportFiles.uniqueName("表"));
        bad.set(9, "2020-13-01");
        List<String> good = ImportFiles.row(ImportFiles.certificate(6, 2), ImportFiles.uniqueName("表"));
        List<List<String>> rows = List.of(good, bad, ImportFiles.row(ImportFiles.certificate(7, 1), ImportFiles.uniqueName("表")));

        ImportJob csv = run(ImportFiles.csv(rows), "same.csv", true);
        ImportJob xlsx = run(ImportFiles.xlsx(rows), "same.xlsx", true);

        assertThat(xlsx.format()).isEqualTo("XLSX");
        assertThat(xlsx.rowsRead()).isEqualTo(csv.rowsRead()).isEqualTo(3);
        assertThat(errors(xlsx)).isEqualTo(errors(csv)).hasSize(3);
        assertThat(errors(csv)).extracting(RowError::column).contains("发证日期", "多重残疾类别");

        List<List<String>> fine = List.of(ImportFiles.row(ImportFiles.certificate(4, 4), ImportFiles.uniqueName("表")));
        ImportJob saved = run(ImportFiles.xlsx(fine), "fine.xlsx", false);
        assertThat(saved.inserted()).isEqualTo(1);
        ImportJob again = run(ImportFiles.csv(fine), "fine.csv", false);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.updated()).isZero();
    }

    @Test
    void aCertificateRegisteredOutsideTheJurisdictionIsAnErrorForThatRow() throws IOException {
        String certificate = ImportFiles.certificate(4, 2);
        registry.register(new PersonInput(certificate, ImportFiles.uniqueName("昆"), null, null, "150203001015", "城镇",
                null, null, null, null, null, null, null, null), Jurisdiction.of("15"));
        ImportJob job = run(ImportFiles.csv(List.of(ImportFiles.row(ImportFiles.certificate(4, 1), ImportFiles.uniqueName("新")),
                ImportFiles.row(certificate, ImportFiles.uniqueName("昆")))), "elsewhere.csv", false);
        assertThat(errors(job)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("残疾人证号");
            assertThat(e.rule()).contains("其他地区");
            assertThat(e.value()).doesNotContain(certificate.substring(6, 14));
        });
        assertThat(job.inserted()).isZero();
    }

    @Test
    void sameNameSameBirthDateSameCountyIsFlaggedAsAPossibleDuplicate() throws IOException {
        String first = ImportFiles.certificate(4, 2);
        String body = first.substring(0, 14) + String.format("%03d", (Integer.parseInt(first.substring(14, 17)) + 500) % 1000);
        String twin = body + CertificateNumber.checkCharacter(body) + "42";
        String name = ImportFiles.uniqueName("双");
        List<String> other = ImportFiles.row(twin, name);
        other.set(4, "150102001002");
        run(ImportFiles.csv(List.of(ImportFiles.row(first, name), other)), "twins.csv", false);
        long a = record(first).id();
        long b = record(twin).id();
        assertThat(jdbc.sql("SELECT count(*) FROM duplicate_flag WHERE person_id = ? AND other_id = ? AND region_code = '150102000000'")
                .params(Math.min(a, b), Math.max(a, b)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneErrorNotAFailure() throws IOException {
        ImportJob job = run("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8), "persons.xlsx", true);
        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(errors(job)).singleElement().satisfies(e -> assertThat(e.rule()).contains("XLSX"));
    }

    @Test
    void jobsLeftOpenByAStoppedApplicationAreMarkedFailedWithNothingSaved() {
        long stale = jdbc.sql("""
                INSERT INTO person_import_job (created_by, jurisdiction, file_name, format, dry_run, status, created_at)
                VALUES (?, '150102000000', 'crashed.csv', 'CSV', false, 'RUNNING', now() - interval '1 day') RETURNING id
                """).param(USER).query(Long.class).single();
        long queued = jdbc.sql("""
                INSERT INTO person_import_job (created_by, jurisdiction, file_name, format, dry_run, status, created_at)
                VALUES (?, '150102000000', 'waiting.csv', 'CSV', true, 'QUEUED', now() - interval '1 day') RETURNING id
                """).param(USER).query(Long.class).single();

        assertThat(jobs.recoverInterrupted(Instant.now().minus(1, ChronoUnit.HOURS))).isGreaterThanOrEqualTo(2);

        for (long id : List.of(stale, queued)) {
            ImportJob job = jobs.find(id, USER, XINCHENG).orElseThrow();
            assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
            assertThat(job.message()).contains("未保存任何数据");
            assertThat(job.finishedAt()).isNotNull();
        }
    }

    @Test
    void anExportOfUnchangedDataImportsAsNoChangeInBothFormats() throws IOException {
        String prefix = ImportFiles.uniqueName("导");
        List<String> employed = ImportFiles.row(ImportFiles.certificate(7, 2), prefix + "甲");
        employed.set(7, "视力、肢体");
        employed.set(13, "0471-6612345");
        List<String> notEmployed = ImportFiles.row(ImportFiles.certificate(5, 1), prefix + "乙");
        notEmployed.set(14, "否");
        notEmployed.set(16, "");
        notEmployed.set(18, "");
        notEmployed.set(19, "");
        notEmployed.set(20, "");
        notEmployed.set(21, "无就业技能");
        notEmployed.set(22, "家庭成员供养");
        List<String> bare = ImportFiles.withoutStatus(ImportFiles.row(ImportFiles.certificate(1, 1) + "B1", prefix + "丙"));
        assertThat(run(ImportFiles.csv(List.of(employed, notEmployed, bare)), "source.csv", false).inserted()).isEqualTo(3);
        PersonSearch search = new PersonSearch(prefix, null, null, null, null, null, null, null, null, 0, 0);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        List<List<String>> exported = new ArrayList<>();
        try (CsvWriter writer = new CsvWriter(csv)) {
            writer.row(PersonTemplate.HEADERS);
            export.export(search, "CSV", XINCHENG, row -> {
                exported.add(row);
                PersonExportController.write(() -> writer.row(row));
            });
        }
        assertThat(exported).hasSize(3);
        List<String> first = exported.stream().filter(r -> r.get(1).equals(prefix + "甲")).findFirst().orElseThrow();
        assertThat(first).containsSequence(employed.get(0), prefix + "甲", "蒙古族", "初级中学");
        assertThat(first.get(7)).isEqualTo("视力、肢体");
        assertThat(first.get(13)).isEqualTo("0471-6612345");
        assertThat(exported.stream().filter(r -> r.get(1).equals(prefix + "丙")).findFirst().orElseThrow().get(0)).endsWith("B1");
        ImportJob fromCsv = run(csv.toByteArray(), "export.csv", false);
        assertThat(fromCsv.status()).as(fromCsv.message()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(fromCsv.inserted()).isZero();
        assertThat(fromCsv.updated()).isZero();
        assertThat(fromCsv.unchanged()).isEqualTo(3);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(xlsx, "人员")) {
            writer.header(PersonTemplate.HEADERS);
            export.export(search, "XLSX", XINCHENG, row -> PersonExportController.write(() -> writer.row(row)));
        }
        ImportJob fromXlsx = run(xlsx.toByteArray(), "export.xlsx", false);
        assertThat(fromXlsx.inserted() + fromXlsx.updated()).isZero();
        assertThat(fromXlsx.unchanged()).isEqualTo(3);
        String filters = jdbc.sql("SELECT after_state::text FROM audit_event WHERE action = 'PERSONS_EXPORTED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(filters).contains(prefix).contains("XLSX");
    }

    @Test
    void anExportOfARegionOutsideTheJurisdictionIsNotFoundAndWritesNothing() {
        List<List<String>> rows = new ArrayList<>();
        assertThatThrownBy(() -> export.export(new PersonSearch(null, null, "150203", null, null, null, null, null, null, 0, 0),
                "CSV", XINCHENG, rows::add)).isInstanceOf(org.zhuye.region.RegionOutsideJurisdiction.class);
        assertThat(rows).isEmpty();
    }
}
