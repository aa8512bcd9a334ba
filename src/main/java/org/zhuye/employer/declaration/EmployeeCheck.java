package org.zhuye.employer.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.zhuye.person.CertificateStatus;
import org.zhuye.person.PersonRepository.RegisteredFacts;
import org.zhuye.person.WorkingAge;

/**
 * Whether one declared disabled employee counts, and if not every reason why, in Chinese
 * (财税〔2015〕72号 Art. 7, IM 保障金办法 Art. 8, 政府令第180号; rules.md §1.1, §1.3). Pure: what
 * needs the database is looked up by the caller and passed in.
 *
 * @param employerRegion  the unit's place of registration
 * @param minimumWage     the minimum wage in force on {@code rules.checkDate()}, if the table has one
 * @param workingAge      the registry's working-age rule for a person's region on the check date
 *                        (throws the person module's NoRule when there is none)
 * @param noMinimumWage   what to say when there is no minimum wage: which one is missing and who adds it
 */
public record EmployeeCheck(String employerRegion, DeclarationRules rules, Optional<MinimumWage> minimumWage,
                            Function<String, WorkingAge> workingAge, String noMinimumWage) {

    /**
     * @param duplicateOfRow the earlier row of this declaration with the same person, or 0
     * @param countedElsewhere whether another unit's filed declaration of the year already counts the person
     */
    public Outcome check(EmployeeLine line, Optional<RegisteredFacts> facts, int duplicateOfRow, boolean countedElsewhere) {
        List<String> problems = new ArrayList<>();
        LocalDate day = rules.checkDate();
        Integer category = null;
        Integer grade = null;
        Long personId = null;
        if (!line.certificate().valid()) {
            problems.add("残疾人证号无效：" + String.join("；", line.certificate().errors()));
        } else {
            category = line.certificate().number().category().code();
            grade = line.certificate().number().grade();
            if (facts.isEmpty()) {
                problems.add("此残疾人证号未在残疾人实名库登记，不能计入");
            }
        }
        if (facts.isPresent()) {
            RegisteredFacts person = facts.get();
            personId = person.id();
            // The registry's category and grade are the current assessment (a reissued card may differ).
            category = person.category();
            grade = person.grade();
            if (!person.name().equals(line.name())) {
                problems.add("姓名与残疾人实名库登记的姓名不一致");
            }
            if (person.status() != CertificateStatus.VALID) {
                problems.add("残疾人证状态为“" + person.status().label() + "”，不是有效证件");
            }
            workingAgeProblem(person, day).ifPresent(problems::add);
            if (!rules.residenceScope().sameArea(employerRegion, person.regionCode())) {
                problems.add("居住地不在" + rules.residenceScope().label() + "范围内（" + rules.year()
                        + "年度年审参数：残疾职工须为" + rules.residenceScope().label() + "常住人口）");
            }
        }
        if (duplicateOfRow > 0) {
            problems.add("与本申报第" + duplicateOfRow + "名残疾职工是同一人，重复填报");
        }
        if (countedElsewhere) {
            problems.add("已被其他单位计入" + rules.year() + "年度按比例就业人数；同一人一年只能由一个单位计入"
                    + "（劳务派遣人员由派遣单位与用工单位约定一方计入）");
        }
        if (!line.contract()) {
            problems.add("既不在编，也未签订1年以上劳动（服务）合同");
        }
        if (minimumWage.isEmpty()) {
            problems.add(noMinimumWage);
        } else if (line.monthlyWage().compareTo(minimumWage.get().monthly()) < 0) {
            MinimumWage standard = minimumWage.get();
            problems.add("月工资 " + line.monthlyWage().toPlainString() + " 元低于最低工资标准 "
                    + standard.monthly().toPlainString() + " 元（" + day + " 适用，自 " + standard.validFrom() + " 起"
                    + (standard.unconfirmed() ? "，【未确认】" : "") + "）");
        }
        if (!line.socialInsurance()) {
            problems.add("未足额缴纳社会保险");
        }
        if (line.dispatch() == Dispatch.COUNTED_BY_OTHER) {
            problems.add("劳务派遣人员，按派遣协议由对方单位计入，本单位不计");
        }
        return new Outcome(List.copyOf(problems), personId, category, grade);
    }

    private Optional<String> workingAgeProblem(RegisteredFacts person, LocalDate day) {
        WorkingAge rule;
        try {
            rule = workingAge.apply(person.regionCode());
        } catch (RuntimeException e) {
            return Optional.of("无法判断是否处于就业年龄段：" + e.getMessage());
        }
        if (rule.isOfWorkingAge(person.sex(), person.birthDate(), day)) {
            return Optional.empty();
        }
        return Optional.of(day + " 不在就业年龄段（" + person.sex().label() + "，" + person.birthDate().getYear()
                + "年出生；按实名库的退休年龄规则）");
    }

    /** The checks' verdict: counted when there are no problems. Category and grade are null for an invalid number. */
    public record Outcome(List<String> problems, Long personId, Integer category, Integer grade) {
        public boolean counted() {
            return problems.isEmpty();
        }
    }
}
