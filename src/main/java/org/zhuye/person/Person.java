package org.zhuye.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A registered person as pages and the API show them: sensitive numbers masked. */
public record Person(long id, String certificateMasked, String name, Sex sex, LocalDate birthDate,
                     DisabilityCategory category, int grade, List<Integer> multipleCategories, String ethnicity,
                     String education, String regionCode, Hukou hukou, String phoneMasked, CertificateStatus certStatus,
                     LocalDate certIssuedOn, LocalDate certValidUntil, String guardianName, String guardianRelation,
                     String guardianPhoneMasked, Boolean employed, LocalDate employedSince, Long mergedInto,
                     Instant createdAt, Instant updatedAt, int version) {

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public String gradeLabel() {
        return new String[]{"", "一级", "二级", "三级", "四级"}[grade];
    }

    public String employmentLabel() {
        return employed == null ? "未登记" : employed ? "已就业" : "未就业";
    }
}
