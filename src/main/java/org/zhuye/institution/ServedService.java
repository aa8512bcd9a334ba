package org.zhuye.institution;

/**
 * What an institution does for a registry person it serves ({@code institution_person.service}).
 * Only sheltered work is employment (就业形式 5 in the registry); massage at a 盲人按摩机构 is work
 * the registry records by its own form; care and other services are not work.
 */
public enum ServedService {
    SHELTERED_WORK("辅助性就业"),
    CARE("托养服务"),
    MASSAGE_HEALTH("保健按摩从业"),
    MASSAGE_MEDICAL("医疗按摩从业"),
    OTHER("其他服务");

    private final String label;

    ServedService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
