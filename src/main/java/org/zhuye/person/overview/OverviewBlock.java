package org.zhuye.person.overview;

import java.util.Arrays;

import org.zhuye.person.CertificateStatus;
import org.zhuye.person.Sex;

/**
 * Persons as columns of primitives, sorted by region code: what a region overview needs and nothing
 * else (no names, no numbers). A region and everything under it is one contiguous range, found by
 * binary search on the distinct region codes. Employment events are kept per person in order
 * (effective date, then id), voided ones left out, each with whether it is a move into work.
 * Immutable once built.
 */
final class OverviewBlock {

    /** Bits of {@link #attrs}: category − 1 (3 bits), grade − 1 (2 bits), female, certificate class (2 bits). */
    static final int GRADE_SHIFT = 3;
    static final int FEMALE = 1 << 5;
    static final int CERT_SHIFT = 6;
    static final int CERT_COUNTED = 0;
    static final int CERT_REVOKED = 1;
    static final int CERT_DECEASED = 2;

    /**
     * Bits of {@link #eventFlags}: employed, move into work, the employment form (0 for none, 1–7 by the
     * code list employment_form, 3 bits) and whether the person's 户籍 is rural. The 户籍 is the person's,
     * kept on each event so that counting moves by 户籍 reads no second column; a person's events are
     * re-read whenever the person changes, so it is always the current one.
     */
    static final byte EMPLOYED = 1;
    static final byte MOVE_INTO_WORK = 2;
    static final int FORM_SHIFT = 2;
    static final int FORM_MASK = 7 << FORM_SHIFT;
    static final byte RURAL = 1 << 5;

    /**
     * 28 bits of position: 268 million persons, ids below 2^35 (34 billion). It was 24, which a 40-million-person
     * registry (the nation's, measured in docs/benchmarks.md) did not fit.
     */
    private static final int POSITION_BITS = 28;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    final String[] regions;
    final int[] regionStart;
    final long[] ids;
    final byte[] attrs;
    final int[] births;
    final int[] registered;
    final int[] eventStart;
    final int[] eventDays;
    final byte[] eventFlags;
    /** (id << POSITION_BITS | position), sorted: finds a person's position by id. */
    private final long[] idIndex;

    private OverviewBlock(String[] regions, int[] regionStart, long[] ids, byte[] attrs, int[] births, int[] registered,
                          int[] eventStart, int[] eventDays, byte[] eventFlags) {
        if (ids.length > POSITION_MASK) {
            throw new IllegalStateException("概况快照最多容纳 " + POSITION_MASK + " 人");
        }
        this.regions = regions;
        this.regionStart = regionStart;
        this.ids = ids;
        this.attrs = attrs;
        this.births = births;
        this.registered = registered;
        this.eventStart = eventStart;
        this.eventDays = eventDays;
        this.eventFlags = eventFlags;
        this.idIndex = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= 1L << (63 - POSITION_BITS)) {
                throw new IllegalStateException("人员编号超出概况快照的范围：" + ids[i]);
            }
            idIndex[i] = ids[i] << POSITION_BITS | i;
        }
        Arrays.sort(idIndex);
    }

    /**
     * A block from its columns as saved ({@link OverviewSnapshotFile}); refuses columns that do not fit
     * together, as a damaged or foreign file would give.
     */
    static OverviewBlock of(String[] regions, int[] regionStart, long[] ids, byte[] attrs, int[] births, int[] registered,
                            int[] eventStart, int[] eventDays, byte[] eventFlags) {
        int size = ids.length;
        if (regionStart.length != regions.length + 1 || regionStart[regions.length] != size || attrs.length != size
                || births.length != size || registered.length != size || eventStart.length != size + 1
                || eventDays.length != eventFlags.length || eventStart[0] != 0 || eventStart[size] != eventDays.length) {
            throw new IllegalArgumentException("概况快照的各列长度不一致");
        }
        for (int r = 1; r < regions.length; r++) {
            if (regions[r - 1].compareTo(regions[r]) >= 0 || regionStart[r - 1] > regionStart[r]) {
                throw new IllegalArgumentException("概况快照的区划未按顺序排列");
            }
        }
        for (int p = 0; p < size; p++) {
            if (eventStart[p] > eventStart[p + 1]) {
                throw new IllegalArgumentException("概况快照的就业记录位置未按顺序排列");
            }
        }
        return new OverviewBlock(regions, regionStart, ids, attrs, births, registered, eventStart, eventDays, eventFlags);
    }

    static byte attr(int category, int grade, Sex sex, CertificateStatus status) {
        int cert = switch (status) {
            case REVOKED -> CERT_REVOKED;
            case DECEASED -> CERT_DECEASED;
            default -> CERT_COUNTED;
        };
        return (byte) ((category - 1) | (grade - 1) << GRADE_SHIFT | (sex == Sex.FEMALE ? FEMALE : 0) | cert << CERT_SHIFT);
    }

    /** The flags of one person's events in order, without form or 户籍 (as the overview alone needs them). */
    static byte[] flags(boolean[] employed, boolean[] baseline) {
        return flags(employed, baseline, new int[employed.length], false);
    }

    /**
     * The flags of one person's events in order: a move into work is an employed, non-baseline event after a
     * non-employed status or none; {@code forms} are the events' employment forms (0 for none).
     */
    static byte[] flags(boolean[] employed, boolean[] baseline, int[] forms, boolean rural) {
        byte[] flags = new byte[employed.length];
        boolean wasEmployed = false;
        for (int i = 0; i < employed.length; i++) {
            flags[i] = (byte) (transition(employed[i], baseline[i], wasEmployed) | detail(forms[i], rural));
            wasEmployed = employed[i];
        }
        return flags;
    }

    private static int transition(boolean employed, boolean baseline, boolean wasEmployed) {
        return (employed ? EMPLOYED : 0) | (employed && !baseline && !wasEmployed ? MOVE_INTO_WORK : 0);
    }

    private static int detail(int form, boolean rural) {
        if (form < 0 || form > 7) {
            throw new IllegalArgumentException("就业形式代码超出 0–7：" + form);
        }
        return form << FORM_SHIFT | (rural ? RURAL : 0);
    }

    /** The employment form of an event's flags (0 for none). */
    static int form(byte flags) {
        return (flags & FORM_MASK) >>> FORM_SHIFT;
    }

    int size() {
        return ids.length;
    }

    /** The index of the first distinct region whose code is not below {@code code}. */
    int regionLowerBound(String code) {
        int lo = 0;
        int hi = regions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (regions[mid].compareTo(code) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position of person {@code id}, or −1. */
    int positionOf(long id) {
        int at = Arrays.binarySearch(idIndex, id << POSITION_BITS);
        int insertion = at >= 0 ? at : -at - 1;
        if (insertion < idIndex.length && idIndex[insertion] >>> POSITION_BITS == id) {
            return (int) (idIndex[insertion] & POSITION_MASK);
        }
        return -1;
    }

    /** Bytes held by the arrays (the region strings estimated). */
    long bytes() {
        long arrays = 8L * ids.length + attrs.length + 4L * births.length + 4L * registered.length
                + 4L * eventStart.length + 4L * eventDays.length + eventFlags.length + 8L * idIndex.length
                + 4L * regionStart.length + 8L * regions.length;
        long strings = regions.length * 64L;
        return arrays + strings + 9 * 16L;
    }

    /** One person with their events, as read for a change or kept between compactions. */
    record PersonRow(long id, String region, byte attr, int birth, int registered, int[] eventDays, byte[] eventFlags) {
    }

    /**
     * Appends persons in (region, id) order. Events either come with each person, or all at the
     * end through {@link #addEvent} in (person, date, id) order, as one streamed query gives them.
     */
    static final class Builder {

        private String[] regions = new String[16];
        private int[] regionStart = new int[17];
        private int regionCount;
        private long[] ids = new long[1024];
        private byte[] attrs = new byte[1024];
        private int[] births = new int[1024];
        private int[] registered = new int[1024];
        private int size;
        private int[] eventStart = new int[1025];
        private int[] eventDays = new int[1024];
        private byte[] eventFlags = new byte[1024];
        private int eventCount;
        // Events added after the persons: position, day, employed, baseline, grouped in build().
        private OverviewBlock personsOnly;
        private int[] pendingPosition = new int[0];
        private int[] pendingDay = new int[0];
        private byte[] pendingBits = new byte[0];
        private int pendingCount;

        void add(PersonRow row) {
            addPerson(row.id(), row.region(), row.attr(), row.birth(), row.registered());
            for (int i = 0; i < row.eventDays().length; i++) {
                appendEvent(row.eventDays()[i], row.eventFlags()[i]);
            }
        }

        /** Copies person {@code position} of {@code block} with its events. */
        void copy(OverviewBlock block, int position, String region) {
            addPerson(block.ids[position], region, block.attrs[position], block.births[position], block.registered[position]);
            for (int e = block.eventStart[position]; e < block.eventStart[position + 1]; e++) {
                appendEvent(block.eventDays[e], block.eventFlags[e]);
            }
        }

        void addPerson(long id, String region, byte attr, int birth, int registeredDay) {
            if (personsOnly != null) {
                throw new IllegalStateException("persons must come before events");
            }
            if (regionCount == 0 || !regions[regionCount - 1].equals(region)) {
                if (regionCount > 0 && regions[regionCount - 1].compareTo(region) > 0) {
                    throw new IllegalStateException("persons must come in region order: " + region);
                }
                if (regionCount == regions.length) {
                    regions = Arrays.copyOf(regions, regionCount * 2);
                    regionStart = Arrays.copyOf(regionStart, regionCount * 2 + 1);
                }
                regions[regionCount] = region;
                regionStart[regionCount++] = size;
            }
            if (size == ids.length) {
                int capacity = size + (size >> 1);
                ids = Arrays.copyOf(ids, capacity);
                attrs = Arrays.copyOf(attrs, capacity);
                births = Arrays.copyOf(births, capacity);
                registered = Arrays.copyOf(registered, capacity);
                eventStart = Arrays.copyOf(eventStart, capacity + 1);
            }
            ids[size] = id;
            attrs[size] = attr;
            births[size] = birth;
            registered[size] = registeredDay;
            eventStart[size] = eventCount;
            size++;
            eventStart[size] = eventCount;
        }

        private void appendEvent(int day, byte flags) {
            if (eventCount == eventDays.length) {
                eventDays = Arrays.copyOf(eventDays, eventCount * 2);
                eventFlags = Arrays.copyOf(eventFlags, eventCount * 2);
            }
            eventDays[eventCount] = day;
            eventFlags[eventCount++] = flags;
            eventStart[size] = eventCount;
        }

        /** An event without form or 户籍 (see the full form below). */
        void addEvent(long personId, int day, boolean employed, boolean baseline) {
            addEvent(personId, day, employed, baseline, 0, false);
        }

        /** An event of a person already added; call in (person, date, id) order. Unknown persons are skipped. */
        void addEvent(long personId, int day, boolean employed, boolean baseline, int form, boolean rural) {
            if (personsOnly == null) {
                personsOnly = finish(new int[size + 1], new int[0], new byte[0]);
            }
            int position = personsOnly.positionOf(personId);
            if (position < 0) {
                return;
            }
            if (pendingCount == pendingDay.length) {
                int capacity = Math.max(1024, pendingCount * 2);
                pendingPosition = Arrays.copyOf(pendingPosition, capacity);
                pendingDay = Arrays.copyOf(pendingDay, capacity);
                pendingBits = Arrays.copyOf(pendingBits, capacity);
            }
            pendingPosition[pendingCount] = position;
            pendingDay[pendingCount] = day;
            pendingBits[pendingCount++] = (byte) ((employed ? 1 : 0) | (baseline ? 2 : 0) | detail(form, rural));
        }

        OverviewBlock build() {
            if (personsOnly == null) {
                return finish(Arrays.copyOf(eventStart, size + 1), Arrays.copyOf(eventDays, eventCount),
                        Arrays.copyOf(eventFlags, eventCount));
            }
            // Group the streamed events by position (a stable counting sort keeps their order).
            int[] start = new int[size + 1];
            for (int i = 0; i < pendingCount; i++) {
                start[pendingPosition[i] + 1]++;
            }
            for (int p = 0; p < size; p++) {
                start[p + 1] += start[p];
            }
            int[] next = Arrays.copyOf(start, size);
            int[] days = new int[pendingCount];
            byte[] bits = new byte[pendingCount];
            for (int i = 0; i < pendingCount; i++) {
                int at = next[pendingPosition[i]]++;
                days[at] = pendingDay[i];
                bits[at] = pendingBits[i];
            }
            pendingPosition = null;
            pendingDay = null;
            pendingBits = null;
            byte[] flags = new byte[days.length];
            for (int p = 0; p < size; p++) {
                boolean wasEmployed = false;
                for (int e = start[p]; e < start[p + 1]; e++) {
                    boolean employed = (bits[e] & 1) != 0;
                    boolean baseline = (bits[e] & 2) != 0;
                    flags[e] = (byte) (transition(employed, baseline, wasEmployed) | bits[e] & (FORM_MASK | RURAL));
                    wasEmployed = employed;
                }
            }
            return new OverviewBlock(personsOnly.regions, personsOnly.regionStart, personsOnly.ids, personsOnly.attrs,
                    personsOnly.births, personsOnly.registered, start, days, flags);
        }

        private OverviewBlock finish(int[] start, int[] days, byte[] flags) {
            int[] regionBounds = Arrays.copyOf(regionStart, regionCount + 1);
            regionBounds[regionCount] = size;
            return new OverviewBlock(Arrays.copyOf(regions, regionCount), regionBounds, Arrays.copyOf(ids, size),
                    Arrays.copyOf(attrs, size), Arrays.copyOf(births, size), Arrays.copyOf(registered, size),
                    start, days, flags);
        }
    }
}
