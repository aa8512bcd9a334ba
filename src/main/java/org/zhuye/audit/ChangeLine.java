package org.zhuye.audit;

/**
 * One changed field, labelled: {@code before} is null for a value recorded without a previous one
 * (a registration), {@code after} null for one recorded as it was (a voided record's number).
 */
public record ChangeLine(String label, Reference before, Reference after) {

    /** 文化程度：初中 → 高中, 户籍：城镇. */
    public String text() {
        if (before != null && after != null) {
            return label + "：" + before.text() + " → " + after.text();
        }
        return label + "：" + (after != null ? after : before).text();
    }
}
