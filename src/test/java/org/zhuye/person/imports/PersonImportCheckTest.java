package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.CodeLists;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;

/** The row checks of an import, without a database. */
class PersonImportCheckTest {

    static final CodeLists CODES = new CodeLists(Map.of(
            CodeLists.ETHNICITY, Map.of("01", "汉族", "02", "蒙古族"),
            CodeLists.EDUCATION, Map.of("70", "初级中学", "00", "未上过学"),
            CodeLists.EMPLOYMENT_FORM, Map.of("7", "灵活就业", "2", "集中就业"),
            CodeLists.NOT_EMPLOYED_REASON, Map.of("4", "无就业技能"),
            CodeLists.LIVELIHOOD, Map.of("4", "家庭成员供养"),
            CodeLists.RELATION, Map.of("配偶", "配偶", "子女", "子女")));

    final PersonImportCheck check = new PersonImportCheck(CODES, Set.of("150102001001", "150102001002"),
            Jurisdiction.of("150102"), LocalDate.of(2026, 6, 1));

    @Test
    void aValidRowGivesThePersonAndTheirStatusWithCodesForLabels() {
        PersonImportCheck.Result result = check.check(ImportFiles.row("15010219850312123242", "巴特尔"), 2, null);
        assertThat(result.errors()).isEmpty();
        assertThat(result.row().person().ethnicity()).isEqualTo("02");
        assertThat(result.row().person().education()).isEqualTo("70");
        assertThat(result.row().employment().employed()).isTrue();
        assertThat(result.row().employment().form()).isEqualTo(7);
        assertThat(result.row().employment().effectiveOn()).isEqualTo(LocalDate.of(2023, 4, 1));
    }

    @Test
    void everyProblemOfARowIsNamedWithRowColumnValueAndRule() {
        List<String> row = new ArrayList<>(ImportFiles.row("15010219850312123541", "巴特尔2"));
        row.set(2, "火星族");
        row.set(5, "城市");
        row.set(6, "12345");
        row.set(20, "9");
        PersonImportCheck.Result result = check.check(row, 7, null);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(7));
        Map<String, RowError> byColumn = byColumn(result.errors());
        assertThat(byColumn).containsOnlyKeys("残疾人证号", "姓名", "民族", "户籍类别", "联系电话", "就业满意度");
        assertThat(byColumn.get("残疾人证号").rule()).contains("校验位");
        assertThat(byColumn.get("残疾人证号").value()).isEqualTo("150102**********3541");
        assertThat(byColumn.get("民族").value()).isEqualTo("火星族");
        assertThat(byColumn.get("民族").rule()).contains("GB 3304");
        assertThat(byColumn.get("户籍类别").rule()).isEqualTo("户籍类别须为“城镇”或“农村”");
        assertThat(byColumn.get("联系电话").value()).isEqualTo("12345");
        assertThat(byColumn.get("就业满意度").value()).isEqualTo("9");
        assertThat(byColumn.get("姓名").rule()).contains("数字");
        assertThat(result.errors().get(0).message()).startsWith("第7行「");
    }

    @Test
    void theResidenceMustBeAKnownVillageInsideTheJurisdiction() {
        List<String> outside = ImportFiles.row("15010219850312123242", "其其格");
        outside.set(4, "150203001015");
        assertThat(byColumn(check.check(outside, 2, null).errors()).get("居住地区划代码").rule()).isEqualTo("居住地超出您的管辖范围");
        List<String> township = ImportFiles.row("15020319920708456851", "其其格");
        township.set(4, "150102001000");
        RowError error = byColumn(check.check(township, 3, null).errors()).get("居住地区划代码");
        assertThat(error.rule()).contains("村级");
        assertThat(error.value()).isEqualTo("150102001000");
    }

    @Test
    void aCertificateRepeatedInTheFileIsAnErrorNamingTheFirstRow() {
        assertThat(check.check(ImportFiles.row("15010219850312123242", "巴特尔"), 2, null).ok()).isTrue();
        assertThat(check.check(ImportFiles.row("15020319920708456851", "其其格"), 3, null).ok()).isTrue();
        PersonImportCheck.Result repeated = check.check(ImportFiles.row("15010219850312123242B1", "巴特尔"), 9, null);
        assertThat(repeated.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(9);
            assertThat(e.column()).isEqualTo("残疾人证号");
            assertThat(e.rule()).contains("第2行");
        });
    }

    @Test
    void aStatusBeforeBirthOrInTheFutureIsRefused() {
        List<String> row = ImportFiles.row("15010219850312123242", "巴特尔");
        row.set(15, "1980-01-01");
        assertThat(byColumn(check.check(row, 2, null).errors()).get("就业状况日期").rule()).contains("出生日期");
        List<String> notEmployed = ImportFiles.row("15020319920708456851", "其其格");
        notEmployed.set(14, "否");
        assertThat(byColumn(check.check(notEmployed, 3, null).errors())).containsKeys("就业形式", "未就业主要原因");
    }

    @Test
    void aHeaderThatIsNotTheTemplatesIsNamedColumnByColumn() {
        List<String> header = new ArrayList<>(PersonTemplate.HEADERS);
        header.set(1, "名字");
        header.add("备注");
        List<RowError> errors = PersonImportCheck.checkHeader(header, 1, null);
        assertThat(errors).extracting(RowError::column).containsExactly("姓名", "备注");
        assertThat(errors.get(0).rule()).contains("第2列的表头应为「姓名」");
        assertThat(PersonImportCheck.checkHeader(PersonTemplate.HEADERS, 1, null)).isEmpty();
    }

    @Test
    void aHeaderReadAsGarbledTextSaysTheFileIsNotUtf8() {
        List<String> garbled = new ArrayList<>(PersonTemplate.HEADERS);
        garbled.set(0, "\uFFFD\uFFFD\uFFFD");
        assertThat(PersonImportCheck.checkHeader(garbled, 1, null)).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("UTF-8"));
    }

    @Test
    void keysOfDifferentCertificatesDifferAndAReissueIsTheSamePerson() {
        PersonImportKeys keys = new PersonImportKeys();
        for (int i = 0; i < 10_000; i++) {
            String body = "1501021985" + String.format("%04d", 101 + i % 1200) + String.format("%03d", i % 1000);
            String number = body + CertificateNumber.checkCharacter(body) + (1 + i % 7) + (1 + i % 4);
            CertificateNumber parsed = CertificateNumber.parse(number).number();
            if (parsed != null) {
                keys.putIfAbsent(parsed, i + 2);
            }
        }
        CertificateNumber a = CertificateNumber.parse("15010219850312123242").number();
        CertificateNumber reissued = CertificateNumber.parse("15010219850312123242B2").number();
        CertificateNumber otherGrade = CertificateNumber.parse("15010219850312123243").number();
        assertThat(PersonImportKeys.keyOf(a)).isEqualTo(PersonImportKeys.keyOf(reissued)).isNotEqualTo(PersonImportKeys.keyOf(otherGrade));
        PersonImportKeys fresh = new PersonImportKeys();
        assertThat(fresh.putIfAbsent(a, 5)).isZero();
        assertThat(fresh.putIfAbsent(otherGrade, 6)).isZero();
        assertThat(fresh.putIfAbsent(reissued, 7)).isEqualTo(5);
    }

    @Test
    void sensitiveValuesInErrorsAreMasked() {
        assertThat(PersonImportCheck.mask("13812345678")).isEqualTo("138****5678");
        assertThat(PersonImportCheck.mask("15010219850312123242")).isEqualTo("150102**********3242");
        assertThat(PersonImportCheck.mask("巴特尔")).isEqualTo("巴特尔");
        // The check character X sits before the category and grade: the whole number is one run.
        assertThat(PersonImportCheck.mask("15010219850312123X42")).isEqualTo("150102**********3X42");
        assertThat(PersonImportCheck.mask("0471-6234567，区划 150102001001，2020-05-01"))
                .isEqualTo("047*-***4567，区划 150102001001，2020-05-01");
    }

    private static Map<String, RowError> byColumn(List<RowError> errors) {
        Map<String, RowError> map = new LinkedHashMap<>();
        errors.forEach(e -> map.putIfAbsent(e.column(), e));
        return map;
    }
}
