package org.zhuye.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.zhuye.person.OutOfWorkCohort;

/**
 * Which of the four services each person has had in one cycle year, as a 4-bit mask per person id.
 * Person ids are a dense sequence, so the masks are a byte per id in pages of 64 Ki: a province
 * (1.6 million ids) is 1.6 MB that stays in the processor's cache while a coverage pass looks up
 * hundreds of thousands of persons, where a hash table of the same entries missed the cache on
 * nearly every lookup. Immutable: a change copies only the pages it touches.
 */
final class ServiceMasks {

    private static final int PAGE_BITS = 16;
    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;

    static final ServiceMasks EMPTY = new ServiceMasks(new byte[0][], 0);

    private final byte[][] pages;
    private final int size;

    private ServiceMasks(byte[][] pages, int size) {
        this.pages = pages;
        this.size = size;
    }

    /** Persons with at least one service. */
    int size() {
        return size;
    }

    /** The mask of {@code personId}; 0 when the person has had none. */
    int get(long personId) {
        long page = personId >>> PAGE_BITS;
        if (page >= pages.length) {
            return 0;
        }
        byte[] entries = pages[(int) page];
        return entries == null ? 0 : entries[(int) (personId & PAGE_MASK)];
    }

    /** A table with each given person's mask replaced (a mask of 0 removes the person). */
    ServiceMasks with(Map<Long, Integer> changes) {
        long highest = changes.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        byte[][] copy = Arrays.copyOf(pages, Math.max(pages.length, pageOf(highest) + 1));
        boolean[] copied = new boolean[copy.length];
        int count = size;
        for (Map.Entry<Long, Integer> change : changes.entrySet()) {
            long id = check(change.getKey());
            int page = pageOf(id);
            if (!copied[page]) {
                copy[page] = copy[page] == null ? new byte[1 << PAGE_BITS] : copy[page].clone();
                copied[page] = true;
            }
            int slot = (int) (id & PAGE_MASK);
            int before = copy[page][slot];
            int after = change.getValue() & ServiceKind.ALL;
            count += (after != 0 ? 1 : 0) - (before != 0 ? 1 : 0);
            copy[page][slot] = (byte) after;
        }
        return new ServiceMasks(copy, count);
    }

    private static int pageOf(long id) {
        long page = id >>> PAGE_BITS;
        if (page > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("人员编号过大：" + id);
        }
        return (int) page;
    }

    private static long check(long personId) {
        if (personId <= 0) {
            throw new IllegalArgumentException("人员编号须为正数：" + personId);
        }
        return personId;
    }

    /** Collects masks (OR-ing repeated ids) as a stream of rows gives them. */
    /**
     * What a count over the cohort and these masks was counted from, for {@link org.zhuye.platform.memo.SnapshotAnswers}:
     * the cohort's snapshots and these masks.
     */
    List<Object> withCohort(OutOfWorkCohort cohort) {
        List<Object> snapshots = new ArrayList<>(cohort.snapshots());
        snapshots.add(this);
        return snapshots;
    }

    static final class Builder {

        private byte[][] pages = new byte[16][];
        private int size;

        Builder(int expected) {
        }

        Builder put(long personId, int mask) {
            int page = pageOf(check(personId));
            if (page >= pages.length) {
                pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
            }
            if (pages[page] == null) {
                pages[page] = new byte[1 << PAGE_BITS];
            }
            int slot = (int) (personId & PAGE_MASK);
            if (pages[page][slot] == 0 && (mask & ServiceKind.ALL) != 0) {
                size++;
            }
            pages[page][slot] |= (byte) (mask & ServiceKind.ALL);
            return this;
        }

        ServiceMasks build() {
            int used = pages.length;
            while (used > 0 && pages[used - 1] == null) {
                used--;
            }
            return new ServiceMasks(Arrays.copyOf(pages, used), size);
        }
    }
}
