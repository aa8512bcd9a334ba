package org.zhuye.account;

import java.util.Comparator;
import java.util.List;

/**
 * Which part of the main menu a page belongs to, so the menu marks that one link {@code aria-current="page"}.
 * A page belongs to the longest section that is its path or a parent of it (/persons/12 → /persons,
 * /persons/overview → /persons/overview, /levy-payments → /levy-payments and not /levy). Worked out once per
 * request here rather than by a chain of prefix tests on each of the menu's fifty links (that made the
 * menu a measurable share of every page's rendering). {@code templates/nav.html} compares each link with
 * one of these sections; {@code MenuSectionsTest} checks that every section it names is listed here.
 */
final class MenuSections {

    static final List<String> ALL = List.of(
            "/", "/persons", "/persons/requests", "/persons/duplicates", "/persons/imports", "/persons/overview",
            "/casework", "/casework/zero-employment", "/casework/followups", "/casework/plans", "/casework/plans/mine",
            "/casework/public-posts", "/casework/dibao-tapers", "/casework/coverage",
            "/jobs", "/jobs/check", "/referrals", "/job-fairs",
            "/courses", "/courses/approvals", "/training/subsidies", "/training/figures", "/businesses",
            "/institutions", "/institutions/ratings", "/institution",
            "/me/record", "/me/work-profile", "/me/jobs", "/me/referrals", "/me/courses",
            "/employers", "/declarations", "/declarations/lists", "/levy-payments", "/levy",
            "/monitoring", "/indicators", "/targets", "/tables", "/bulletins", "/annual-reports", "/regions",
            "/admin/users", "/admin/audit", "/admin/parameters", "/admin/regions", "/account/password");

    /** Longest first, so the first match is the most specific section. */
    private static final List<String> LONGEST_FIRST = ALL.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private MenuSections() {
    }

    /** The section of a path (without the context path), or null when the page is in none (the menu marks nothing). */
    static String of(String path) {
        for (String section : LONGEST_FIRST) {
            if (path.equals(section) || (!section.equals("/") && path.startsWith(section) && path.charAt(section.length()) == '/')) {
                return section;
            }
        }
        return null;
    }
}
