package org.zhuye.jobs.fair;

import java.time.Instant;

import org.zhuye.person.DisabilityCategory;

/** A person registered for a fair, as a viewer who may see them reads the row. */
public record Attendee(long personId, String name, String certificateMasked, int category, int grade,
                       String regionCode, Instant registeredAt, String registeredBy, Instant checkedInAt) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }

    public String categoryLabel() {
        return DisabilityCategory.of(category).map(DisabilityCategory::label).orElse("") + "·"
                + new String[]{"", "一级", "二级", "三级", "四级"}[grade];
    }
}
