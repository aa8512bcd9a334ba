package org.zhuye.person.imports;

import org.zhuye.person.CertificateNumber;

/**
 * The certificate numbers seen so far in one file, each with the row it was first seen on. A
 * number is packed into one long (17 ID digits × 28 category-grade pairs; the check character
 * follows from the digits), and kept in an open-addressing table: 1.6 million rows take some
 * 40 MB here where a map of strings would take several times that.
 */
final class PersonImportKeys {

    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    static long keyOf(CertificateNumber number) {
        long digits = Long.parseLong(number.idNumber().substring(0, 17));
        return digits * 28 + (number.category().code() - 1) * 4L + (number.grade() - 1);
    }

    /** Records {@code row} for the number unless already seen; answers the first row (0 when new). */
    int putIfAbsent(CertificateNumber number, int row) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = keyOf(number);
        int slot = slot(key, keys.length);
        while (rows[slot] != 0) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        rows[slot] = row;
        size++;
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRows[i] != 0) {
                int slot = slot(oldKeys[i], keys.length);
                while (rows[slot] != 0) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & (capacity - 1);
    }
}
