package org.zhuye.person;

import java.util.stream.Collectors;

/** Turns stored data back into form text, so a correction starts from what is on record. */
public final class PersonForms {

    private PersonForms() {
    }

    /** The ethnicity as its name: the form's field takes typed text, and people know 蒙古族, not 02. */
    static PersonInput inputOf(PersonData data, CodeLists codes) {
        return new PersonInput(data.certificate().value(), data.name(),
                codes.label(CodeLists.ETHNICITY, data.ethnicity()).orElse(data.ethnicity()), data.education(),
                data.regionCode(), data.hukou().label(), data.phone(),
                data.multipleCategories().stream().map(String::valueOf).collect(Collectors.joining("、")),
                data.status().label(), text(data.issuedOn()), text(data.validUntil()), data.guardianName(),
                data.guardianRelation(), data.guardianPhone(), text(data.registeredOn()));
    }

    /** Options in the shape the form's select fragment takes. */
    public static java.util.List<CodeLists.Code> statusOptions() {
        return java.util.Arrays.stream(CertificateStatus.values()).map(s -> new CodeLists.Code(s.name(), s.label())).toList();
    }

    public static java.util.List<CodeLists.Code> hukouOptions() {
        return java.util.Arrays.stream(Hukou.values()).map(h -> new CodeLists.Code(h.name(), h.label())).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
