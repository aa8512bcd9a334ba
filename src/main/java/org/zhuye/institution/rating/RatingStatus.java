package org.zhuye.institution.rating;

/** A rating is worked on while DRAFT; CONFIRMED freezes it with its snapshot. */
public enum RatingStatus {
    DRAFT("草稿"),
    CONFIRMED("已确认");

    private final String label;

    RatingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
