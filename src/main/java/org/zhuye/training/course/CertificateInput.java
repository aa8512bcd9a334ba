package org.zhuye.training.course;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.training.CertificateKind;
import org.zhuye.training.TrainingRuleException;

/** A certificate as typed: the enrolment it is for, kind, level (职业技能等级 only), number, issuer, date. */
public record CertificateInput(String enrolmentId, String kind, String level, String number, String issuer,
                               String issuedOn) {

    record Valid(long enrolmentId, CertificateKind kind, Integer level, String number, String issuer, LocalDate issuedOn) {
    }

    /** The fields' own rules; the date is checked against the course start and {@code today}. */
    Valid validate(LocalDate courseStart, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String id = CourseInput.clean(enrolmentId);
        if (id == null || !id.matches("[0-9]{1,18}")) {
            errors.put("enrolmentId", "请选择获得证书的学员");
        }
        CertificateKind certificateKind = null;
        for (CertificateKind k : CertificateKind.values()) {
            if (k.name().equals(CourseInput.clean(kind))) {
                certificateKind = k;
            }
        }
        if (certificateKind == null) {
            errors.put("kind", "请选择证书类别（职业资格证书、职业技能等级证书、专项职业能力证书或培训合格证书）");
        }
        String levelText = CourseInput.clean(level);
        Integer certificateLevel = levelText != null && levelText.matches("[1-5]") ? Integer.valueOf(levelText) : null;
        if (certificateKind == CertificateKind.SKILL_LEVEL && certificateLevel == null) {
            errors.put("level", "职业技能等级证书须选择等级（五级/初级工至一级/高级技师）");
        } else if (certificateKind != CertificateKind.SKILL_LEVEL && levelText != null && certificateKind != null) {
            errors.put("level", "只有职业技能等级证书有等级，" + certificateKind.label() + "不填等级");
        }
        String cleanNumber = CourseInput.clean(number);
        if (cleanNumber == null || cleanNumber.length() < 4 || cleanNumber.length() > 40) {
            errors.put("number", "证书编号须为4至40个字符");
        }
        String cleanIssuer = CourseInput.clean(issuer);
        if (cleanIssuer == null || cleanIssuer.length() > 100) {
            errors.put("issuer", "请填写发证机构（不超过100个字）");
        }
        LocalDate date = CourseInput.date(issuedOn);
        if (date == null) {
            errors.put("issuedOn", "请填写发证日期（年-月-日）");
        } else if (date.isBefore(courseStart)) {
            errors.put("issuedOn", "发证日期不能早于开班日期（" + courseStart + "）");
        } else if (date.isAfter(today)) {
            errors.put("issuedOn", "发证日期不能晚于今天");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return new Valid(Long.parseLong(id), certificateKind,
                certificateKind == CertificateKind.SKILL_LEVEL ? certificateLevel : null, cleanNumber, cleanIssuer, date);
    }
}
