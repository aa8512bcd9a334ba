package org.zhuye.person.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A weighted choice for the synthetic population: items with relative weights (shares in any
 * unit), picked by one uniform draw and a binary search. Items keep the order they were added
 * in, so the same random stream always picks the same items.
 */
final class SyntheticShares<T> {

    private final List<T> items = new ArrayList<>();
    private double[] cumulative = new double[8];
    private double total;

    SyntheticShares<T> with(T item, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("weight " + weight);
        }
        if (items.size() == cumulative.length) {
            cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
        }
        total += weight;
        cumulative[items.size()] = total;
        items.add(item);
        return this;
    }

    /** Every item with the same weight. */
    @SafeVarargs
    static <T> SyntheticShares<T> equal(T... items) {
        SyntheticShares<T> shares = new SyntheticShares<>();
        for (T item : items) {
            shares.with(item, 1);
        }
        return shares;
    }

    T pick(SplittableRandom random) {
        double x = random.nextDouble() * total;
        int low = 0;
        int high = items.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return items.get(low);
    }

    int size() {
        return items.size();
    }
}
