package org.zhuye.platform.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * COPY lines gathered for one statement, in blocks of 256 KB rather than one growing array: a
 * chunk of a large import is tens of megabytes, and one array that size would be allocated
 * outside the garbage collector's young generation and copied each time it grew.
 */
public final class CopyBuffer {

    private static final int BLOCK = 1 << 18;

    private final List<byte[]> blocks = new ArrayList<>();
    private int used = BLOCK;
    private long size;

    public void write(byte[] line) {
        int offset = 0;
        while (offset < line.length) {
            if (used == BLOCK) {
                blocks.add(new byte[BLOCK]);
                used = 0;
            }
            int n = Math.min(line.length - offset, BLOCK - used);
            System.arraycopy(line, offset, blocks.get(blocks.size() - 1), used, n);
            used += n;
            offset += n;
        }
        size += line.length;
    }

    /** Bytes written so far. */
    public long size() {
        return size;
    }

    /** Sends the lines as the data of {@code sql} (a {@code COPY … FROM STDIN}); answers the rows it stored. */
    public long copyInto(CopyManager copy, String sql) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            for (int i = 0; i < blocks.size(); i++) {
                in.writeToCopy(blocks.get(i), 0, i == blocks.size() - 1 ? used : BLOCK);
            }
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
