package org.zhuye.employer;

import org.zhuye.platform.paging.PageRequest;

/**
 * Filters of the employer list, all optional: name contains, the credit code exactly, type,
 * region (a code inside the caller's jurisdiction, with everything under it) and level.
 */
public record EmployerSearch(String name, String creditCode, EmployerType type, String regionCode,
                             AdministrativeLevel level, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public EmployerSearch {
        name = blank(name);
        creditCode = creditCode == null || creditCode.isBlank() ? null : UnifiedSocialCreditCode.normalise(creditCode);
        regionCode = blank(regionCode);
        page = Math.max(0, page);
        pageSize = pageSize <= 0 ? 50 : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /** The same filters on a page of the shared pager (numbered from 1). */
    public EmployerSearch onPage(PageRequest paging) {
        return new EmployerSearch(name, creditCode, type, regionCode, level, paging.number() - 1, paging.size());
    }

    public boolean any() {
        return name != null || creditCode != null || type != null || regionCode != null || level != null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
