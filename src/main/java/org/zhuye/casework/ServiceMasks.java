package org.zhuye.casework;

import java.util.Map;

/**
 * Which of the four services each person has had in one cycle year, as a 4-bit mask per person id:
 * an immutable open-addressing table of primitives, so a province-wide count looks up hundreds of
 * thousands of persons without boxing. A change makes a new table.
 */
final class ServiceMasks {

    static final ServiceMasks EMPTY = new ServiceMasks(new long[16], new byte[16], 0);

    private final long[] keys;   // 0 = empty slot (person ids start at 1)
    private final byte[] masks;
    private final int size;

    private ServiceMasks(long[] keys, byte[] masks, int size) {
        this.keys = keys;
        this.masks = masks;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The mask of {@code personId}; 0 when the person has had none. */
    int get(long personId) {
        int slot = slot(personId, keys.length);
        while (true) {
            long key = keys[slot];
            if (key == personId) {
                return masks[slot];
            }
            if (key == 0) {
                return 0;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
    }

    /** A table with each given person's mask replaced (a mask of 0 removes the person). */
    ServiceMasks with(Map<Long, Integer> changes) {
        Builder builder = new Builder(size + changes.size());
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && !changes.containsKey(keys[i])) {
                builder.put(keys[i], masks[i]);
            }
        }
        changes.forEach((id, mask) -> {
            if (mask != 0) {
                builder.put(id, mask);
            }
        });
        return builder.build();
    }

    private static int slot(long id, int capacity) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & (capacity - 1);
    }

    /** Collects masks (OR-ing repeated ids) and builds a table at most half full. */
    static final class Builder {

        private long[] keys;
        private byte[] masks;
        private int size;

        Builder(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            masks = new byte[capacity];
        }

        Builder put(long personId, int mask) {
            if (personId <= 0) {
                throw new IllegalArgumentException("人员编号须为正数：" + personId);
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int slot = slot(personId, keys.length);
            while (keys[slot] != 0 && keys[slot] != personId) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == 0) {
                keys[slot] = personId;
                size++;
            }
            masks[slot] |= (byte) mask;
            return this;
        }

        private void grow() {
            long[] oldKeys = keys;
            byte[] oldMasks = masks;
            keys = new long[oldKeys.length * 2];
            masks = new byte[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldMasks[i]);
                }
            }
        }

        ServiceMasks build() {
            return new ServiceMasks(keys, masks, size);
        }
    }
}
