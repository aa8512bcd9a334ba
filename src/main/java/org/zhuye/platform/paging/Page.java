package org.zhuye.platform.paging;

import java.util.List;

/** One page of a list, and what the pager shows: 第 n 页 共 m 页, the total, the links either side. */
public record Page<T>(List<T> rows, PageRequest request, long total) {

    public int number() {
        return request.number();
    }

    public long pages() {
        return Math.max(1, (total + request.size() - 1) / request.size());
    }

    public boolean hasPrevious() {
        return number() > 1;
    }

    public boolean hasNext() {
        return number() < pages();
    }

    /** Past the last page (an old link after records left the list) the way back is to the last page. */
    public String previousHref() {
        return request.hrefFor((int) Math.min(number() - 1, pages()));
    }

    public String nextHref() {
        return request.hrefFor(number() + 1);
    }

    /** The position of the first row in the whole list, for an ordered list's {@code start}. */
    public long firstPosition() {
        return request.offset() + 1;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
