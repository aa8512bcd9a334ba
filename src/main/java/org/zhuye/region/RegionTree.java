package org.zhuye.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The whole region tree in memory. Every page names places, shows a path or offers the picker, and the tree
 * (16,000 units for a province, a few hundred thousand for the nation) changes only by a region import: reading
 * it once and answering from the copy spares each page several queries. A copy is read on first use and dropped
 * when an import is published and again when its transaction ends, so a reader never keeps a tree older than
 * the last committed import (and one that read the import's own rows before a rollback reads again).
 */
@Component
class RegionTree {

    /**
     * One read of the table: regions by code and each parent's children in code order, and the labels lists
     * have shown from it ({@link RegionNames}), kept with the copy so they go when it goes.
     */
    record Copy(Map<String, Region> byCode, Map<String, List<Region>> children, Map<String, String> labels) {

        Copy(Map<String, Region> byCode, Map<String, List<Region>> children) {
            this(byCode, children, new java.util.concurrent.ConcurrentHashMap<>());
        }

        Region get(String code) {
            return byCode.get(code);
        }

        /** What {@code label} makes of a place for a viewer at a level, made once per place and level. */
        String label(String code, int viewerLevel, java.util.function.Supplier<String> label) {
            String key = viewerLevel + code;
            String known = labels.get(key);
            if (known == null) {
                known = label.get();
                if (known != null) {
                    labels.put(key, known);
                }
            }
            return known;
        }

        List<Region> childrenOf(String code) {
            return children.getOrDefault(code, List.of());
        }
    }

    private final JdbcClient jdbc;
    /** Moves on with every drop, so a read that began before a drop does not store what it read. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Copy copy;

    RegionTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Copy now() {
        Copy current = copy;
        if (current != null) {
            return current;
        }
        long before = generation.get();
        Copy read = read();
        synchronized (this) {
            if (generation.get() == before) {
                copy = read;
            }
        }
        return read;
    }

    @EventListener
    void onImport(RegionsImported event) {
        drop();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void afterImport(RegionsImported event) {
        drop();
    }

    private synchronized void drop() {
        generation.incrementAndGet();
        copy = null;
    }

    private Copy read() {
        Map<String, Region> byCode = new HashMap<>();
        Map<String, List<Region>> children = new HashMap<>();
        jdbc.sql("SELECT code, name, level, parent_code, urban_rural_class, kind FROM region ORDER BY code")
                .query(Region.class).list()
                .forEach(region -> {
                    byCode.put(region.code(), region);
                    if (region.parentCode() != null) {
                        children.computeIfAbsent(region.parentCode(), parent -> new ArrayList<>()).add(region);
                    }
                });
        children.values().forEach(list -> list.sort(Comparator.comparing(Region::code)));
        return new Copy(Map.copyOf(byCode), Map.copyOf(children));
    }
}
