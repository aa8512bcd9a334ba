package org.zhuye.institution.rating;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Baseline rates of one outcome, measured over every person served by the institutions of one kind in the
 * province in the year. A cell with few persons says little, so its rate is shrunk toward its category's, and
 * the category's toward everyone's, each with the empirical-Bayes weight n/(n+k): a cell of k persons counts
 * half, a large cell almost wholly.
 */
public final class Baseline {

    /** One person's outcome in the baseline population. */
    public record Observation(Cell cell, boolean reached) {
    }

    /** How a cell's rate was formed: its own, its category's and everyone's counts, rates and weights. */
    public record CellRate(int n, double raw, double weight, int categoryN, double categoryRaw, double categoryWeight,
                           int allN, double allRate, double rate) {
    }

    private record Tally(int n, int reached) {
        Tally add(boolean hit) {
            return new Tally(n + 1, reached + (hit ? 1 : 0));
        }

        double rate() {
            return n == 0 ? 0 : (double) reached / n;
        }
    }

    private final int k;
    private final Map<Cell, Tally> cells = new HashMap<>();
    private final Map<Integer, Tally> categories = new HashMap<>();
    private Tally all = new Tally(0, 0);

    public Baseline(Collection<Observation> observations, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("收缩常数须至少为 1");
        }
        this.k = k;
        for (Observation o : observations) {
            cells.merge(o.cell(), new Tally(1, o.reached() ? 1 : 0), (a, b) -> a.add(o.reached()));
            categories.merge(o.cell().category(), new Tally(1, o.reached() ? 1 : 0), (a, b) -> a.add(o.reached()));
            all = all.add(o.reached());
        }
    }

    /** The shrinkage weight of a cell of {@code n} persons: n/(n+k), in 0..1. */
    public static double weight(int n, int k) {
        return (double) n / (n + k);
    }

    public CellRate rate(Cell cell) {
        Tally own = cells.getOrDefault(cell, new Tally(0, 0));
        Tally category = categories.getOrDefault(cell.category(), new Tally(0, 0));
        double categoryWeight = weight(category.n(), k);
        double categoryRate = categoryWeight * category.rate() + (1 - categoryWeight) * all.rate();
        double weight = weight(own.n(), k);
        double rate = weight * own.rate() + (1 - weight) * categoryRate;
        return new CellRate(own.n(), own.rate(), weight, category.n(), category.rate(), categoryWeight, all.n(),
                all.rate(), rate);
    }
}
