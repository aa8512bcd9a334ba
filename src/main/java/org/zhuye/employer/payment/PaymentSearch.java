package org.zhuye.employer.payment;

import org.zhuye.platform.paging.PageRequest;

/** Filters of the payments page and the API list; null means any. Voided payments are listed only when asked for. */
public record PaymentSearch(Integer year, String regionCode, Long employerId, boolean withVoided, PageRequest paging) {

    /** Reads query parameters; unreadable values are ignored, not errors, as the other lists do. */
    public static PaymentSearch of(String year, String regionCode, Long employerId, String withVoided, PageRequest paging) {
        Integer y = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        return new PaymentSearch(y, region, employerId, "true".equals(withVoided) || "on".equals(withVoided), paging);
    }

    int limit() {
        return paging.size();
    }

    long offset() {
        return paging.offset();
    }
}
