package org.zhuye.employer.declaration;

import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;

/** Filters of the review queue and the API list; null means any. */
public record DeclarationSearch(Long employerId, Integer year, DeclarationStatus status, String regionCode, String name,
                                int page, int pageSize) {

    /** The region filter as a LIKE pattern; a region outside the jurisdiction (or no region code) is a 404. */
    String scope(Jurisdiction jurisdiction) {
        return jurisdiction.likePatternFor(regionCode);
    }

    /** Reads the query parameters of the page and the API; unreadable values are ignored, not errors. */
    public static DeclarationSearch of(String year, String status, String regionCode, String name, String page) {
        return new DeclarationSearch(null, parseInt(year), DeclarationStatus.parse(status).orElse(null),
                blank(regionCode) ? null : regionCode.strip(), blank(name) ? null : name.strip(),
                Math.max(0, parseInt(page) == null ? 0 : parseInt(page)), 50);
    }

    /** The same filters on a page of the shared pager (numbered from 1). */
    DeclarationSearch onPage(PageRequest paging) {
        return new DeclarationSearch(employerId, year, status, regionCode, name, paging.number() - 1, paging.size());
    }

    DeclarationSearch forEmployer(long id) {
        return new DeclarationSearch(id, year, status, null, name, page, pageSize);
    }

    private static Integer parseInt(String text) {
        return text != null && text.strip().matches("\\d{1,4}") ? Integer.parseInt(text.strip()) : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
