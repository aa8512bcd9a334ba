package org.zhuye.person;

import java.time.LocalDate;

import org.zhuye.platform.paging.PageRequest;

/**
 * Search filters, all optional. {@code certificateNumber} is matched exactly through its keyed
 * hash; {@code name} by prefix. Ages are on {@code asOf} (today by default).
 */
public record PersonSearch(String name, String certificateNumber, String regionCode, Integer category, Integer grade,
                           Sex sex, String employment, Integer minAge, Integer maxAge, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public PersonSearch {
        name = blank(name);
        certificateNumber = blank(certificateNumber);
        regionCode = blank(regionCode);
        employment = blank(employment);
        page = Math.max(0, page);
        pageSize = pageSize <= 0 ? 50 : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /** The same filters on a page of the shared pager (numbered from 1). */
    public PersonSearch onPage(PageRequest paging) {
        return new PersonSearch(name, certificateNumber, regionCode, category, grade, sex, employment, minAge, maxAge,
                paging.number() - 1, paging.size());
    }

    /** Whether nothing but a place (or nothing at all) is asked: every person registered there matches. */
    public boolean placeOnly() {
        return name == null && certificateNumber == null && category == null && grade == null && sex == null
                && employment == null && minAge == null && maxAge == null;
    }

    public LocalDate bornAfter(LocalDate asOf) {
        return maxAge == null ? null : asOf.minusYears(maxAge + 1L);
    }

    public LocalDate bornOnOrBefore(LocalDate asOf) {
        return minAge == null ? null : asOf.minusYears(minAge);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
