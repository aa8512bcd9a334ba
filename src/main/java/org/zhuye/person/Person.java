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
                     Instant createdAt, Instant updatedAt, int version, LocalDate registeredOn) {

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public String gradeLabel() {
        return new String[]{"", "一级", "二级", "三级", "四级"}[grade];
    }

    public boolean merged() {
        return mergedInto != null;
    }

    /**
     * A merged duplicate stays as the record of what was merged and is never edited again: its events and
     * memberships moved to the kept record, so a change here would be lost from every list and count.
     */
    public void requireNotMerged() {
        if (mergedInto != null) {
            throw new PersonRuleException(java.util.Map.of("person", mergedMessage()));
        }
    }

    public String mergedMessage() {
        return "此记录已合并到人员 " + mergedInto + "，不能再修改；请在保留的记录上修改";
    }

    public String employmentLabel() {
        return employed == null ? "未登记" : employed ? "已就业" : "未就业";
    }
}
