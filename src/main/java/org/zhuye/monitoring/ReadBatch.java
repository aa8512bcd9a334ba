package org.zhuye.monitoring;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One answer that shows many figures — the dashboard's cards, an annual report's 89 lines, a table — reads each
 * underlying set of records once: 录用, 录用天数 and the three retention rates are all counted from the same hires,
 * 培训人次 and 人数 of every course kind from the same completions. The records read are kept on the computing thread
 * only while that answer is being computed ({@link #together}), so nothing outlives the moment it was read at and a
 * later answer reads afresh; outside a batch every read goes to the module.
 */
public final class ReadBatch {

    private static final ThreadLocal<Map<Object, Object>> CURRENT = new ThreadLocal<>();

    private ReadBatch() {
    }

    /** Runs {@code work} with reads shared inside it (a batch already open is joined). */
    public static <T> T together(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** The records {@code read} answers for {@code key} (which holds every argument of the read), once per batch. */
    @SuppressWarnings("unchecked")
    public static <T> T read(Object key, Supplier<T> read) {
        Map<Object, Object> batch = CURRENT.get();
        if (batch == null) {
            return read.get();
        }
        if (batch.containsKey(key)) {
            return (T) batch.get(key);
        }
        T records = read.get();
        batch.put(key, records);
        return records;
    }
}
