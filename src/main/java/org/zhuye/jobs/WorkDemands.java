package org.zhuye.jobs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Six levels 0..3 in {@link WorkDemand} order: a job's demands or a person's capabilities.
 * Immutable; built from the database's smallint array or from the API's object of six keys.
 */
public final class WorkDemands {

    private final int[] levels;

    private WorkDemands(int[] levels) {
        this.levels = levels;
    }

    public static WorkDemands of(int... levels) {
        if (levels.length != WorkDemand.values().length) {
            throw new IllegalArgumentException("six levels expected");
        }
        for (int level : levels) {
            if (level < 0 || level > 3) {
                throw new IllegalArgumentException("levels are 0..3");
            }
        }
        return new WorkDemands(levels.clone());
    }

    public static WorkDemands none() {
        return new WorkDemands(new int[WorkDemand.values().length]);
    }

    public int get(WorkDemand demand) {
        return levels[demand.ordinal()];
    }

    public int[] toArray() {
        return levels.clone();
    }

    /** The API's form: {"eyesight": 0, "bothHands": 2, …}. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (WorkDemand demand : WorkDemand.values()) {
            map.put(demand.key(), levels[demand.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkDemands that && Arrays.equals(levels, that.levels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
