package org.zhuye.training.startup;

/** The list's filters as the query string gives them; anything unreadable is ignored. */
public record BusinessFilter(String regionCode, String kind, String year, String incubator, String status) {

    Integer startYear() {
        return year != null && year.matches("(19|20)[0-9]{2}") ? Integer.valueOf(year) : null;
    }

    Long incubatorId() {
        return incubator != null && incubator.matches("[0-9]{1,18}") ? Long.valueOf(incubator) : null;
    }

    String kindName() {
        return BusinessKind.parse(kind).map(Enum::name).orElse(null);
    }

    String statusName() {
        return "OPERATING".equals(status) || "CLOSED".equals(status) ? status : null;
    }
}
