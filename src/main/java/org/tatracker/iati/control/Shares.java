package org.tatracker.iati.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Percentages for a group of shares that the tracker can store: each more than 0 with two decimals,
 * together exactly 100. An IATI file may give none, some, or ones that total something else (a
 * country and a region at 100 % each); the importer then shares out the 100 % again, in proportion
 * to the percentages given when all are given and positive, else equally, by the largest-remainder
 * method in hundredths of a percent.
 */
public final class Shares {

    private static final int UNITS = 10_000;

    private Shares() {
    }

    /** Whether the percentages can be stored as given: all present, positive, at most two decimals, totalling exactly 100. */
    public static boolean storable(List<BigDecimal> given) {
        if (given.isEmpty() || given.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal g : given) {
            if (g.signum() <= 0 || g.stripTrailingZeros().scale() > 2) {
                return false;
            }
            total = total.add(g);
        }
        return total.compareTo(new BigDecimal("100")) == 0;
    }

    /** Percentages for {@code given.size()} shares that total exactly 100: {@code given} itself when storable. */
    public static List<BigDecimal> of(List<BigDecimal> given) {
        int n = given.size();
        if (n == 0) {
            return List.of();
        }
        if (n > UNITS) {
            throw new IllegalArgumentException("more shares than hundredths of a percent");
        }
        if (storable(given)) {
            return given.stream().map(g -> g.setScale(2, RoundingMode.UNNECESSARY)).toList();
        }
        boolean proportional = given.stream().allMatch(g -> g != null && g.signum() > 0);
        BigDecimal total = proportional ? given.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : BigDecimal.valueOf(n);
        long[] units = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal weight = proportional ? given.get(i) : BigDecimal.ONE;
            BigDecimal exact = weight.multiply(BigDecimal.valueOf(UNITS)).divide(total, 12, RoundingMode.HALF_EVEN);
            units[i] = Math.max(1, exact.setScale(0, RoundingMode.FLOOR).longValueExact());
            remainders[i] = exact.subtract(BigDecimal.valueOf(units[i]));
            assigned += units[i];
        }
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; assigned < UNITS; k = (k + 1) % n) {
            units[byRemainder.get(k)]++;
            assigned++;
        }
        // Only when shares had to be raised to the smallest storable one (0.01): take back from the largest.
        while (assigned > UNITS) {
            int largest = IntStream.range(0, n).boxed().max(Comparator.comparingLong(i -> units[i])).orElseThrow();
            units[largest]--;
            assigned--;
        }
        List<BigDecimal> out = new ArrayList<>(n);
        for (long u : units) {
            out.add(BigDecimal.valueOf(u, 2));
        }
        return out;
    }
}
