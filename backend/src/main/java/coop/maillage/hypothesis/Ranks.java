package coop.maillage.hypothesis;

import java.util.Arrays;

/** Average ranks: tied values share the mean of the ranks they span (the "fractional" ranking). */
final class Ranks {

    private Ranks() {}

    /**
     * The rank of each value, 1 for the smallest; ties get the mean of their ranks, so {@code [10,
     * 20, 20, 30]} ranks {@code [1, 2.5, 2.5, 4]}. O(n log n).
     */
    static double[] average(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            // positions start..end (0-based) hold ranks start+1..end+1: their mean
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** Sizes of the groups of equal values (groups of one included), in increasing value order. */
    static int[] tieGroups(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] sizes = new int[sorted.length];
        int groups = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start;
            while (end + 1 < sorted.length && sorted[end + 1] == sorted[start]) {
                end++;
            }
            sizes[groups++] = end - start + 1;
            start = end + 1;
        }
        return Arrays.copyOf(sizes, groups);
    }

    /** Rejects NaN and infinite values, naming what was being tested. */
    static void requireFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        what + ": value " + i + " is " + values[i] + "; drop missing values first");
            }
        }
    }
}
