package org.zhuye.platform.paging;

import java.util.List;

/**
 * The page of a list a request asks for ({@code ?page=n}, the first page is 1) and the request's other
 * query parameters, already encoded, so that the pager's links keep the list's filters. Controllers take
 * it as a parameter ({@link PageRequestResolver}); queries read {@link #offset()} and {@link #size()}.
 */
public record PageRequest(int number, int size, String otherParameters) {

    /** Fifty cards fit a phone's few screens and a county's day of work; more is a search, not a list. */
    public static final int SIZE = 50;

    public PageRequest {
        number = Math.max(1, number);
        size = size <= 0 ? SIZE : size;
        otherParameters = otherParameters == null ? "" : otherParameters;
    }

    /** The first page, for callers without a request (the API, tests). */
    public static PageRequest first() {
        return new PageRequest(1, SIZE, "");
    }

    public PageRequest withSize(int newSize) {
        return new PageRequest(number, newSize, otherParameters);
    }

    public long offset() {
        return (long) (number - 1) * size;
    }

    /** A page of rows the query already limited to this page, with the count of all matching rows. */
    public <T> Page<T> of(List<T> rows, long total) {
        return new Page<>(List.copyOf(rows), this, total);
    }

    /**
     * This page of a list only Java can derive (a rule over dated events, not a WHERE clause): the
     * caller pages the derived list before it fetches the rows' details.
     */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        return of(all.subList(from, Math.min(all.size(), from + size)), all.size());
    }

    String hrefFor(int page) {
        return "?" + (otherParameters.isEmpty() ? "" : otherParameters + "&") + "page=" + page;
    }
}
