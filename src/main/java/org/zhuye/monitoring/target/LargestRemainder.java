package org.zhuye.monitoring.target;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A whole-number split of a total in proportion to bases by the largest-remainder (Hamilton) method: each
 * part gets the whole part of its exact share, and the units left over go one each to the largest
 * remainders, so the parts add up to the total exactly. Ties go to the larger base, then to the earlier
 * part, so a larger base never gets less. All bases 0 (no one registered anywhere) splits evenly.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static List<Long> split(long total, List<Long> bases) {
        if (total < 0) {
            throw new IllegalArgumentException("分解的总数不能为负：" + total);
        }
        if (bases.stream().anyMatch(b -> b == null || b < 0)) {
            throw new IllegalArgumentException("按比例分解的基数不能为负");
        }
        int n = bases.size();
        if (n == 0) {
            return List.of();
        }
        boolean none = bases.stream().allMatch(b -> b == 0);
        List<BigInteger> weights = bases.stream().map(b -> BigInteger.valueOf(none ? 1 : b)).toList();
        BigInteger sum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger whole = BigInteger.valueOf(total);
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = whole.multiply(weights.get(i)).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer, BigInteger>comparing(weights::get).reversed())
                .thenComparing(i -> i));
        for (int k = 0; k < total - given; k++) {
            parts[order.get(k)]++;
        }
        return java.util.Arrays.stream(parts).boxed().toList();
    }
}
