package coop.maillage.metrics;

import java.util.SplittableRandom;

/**
 * The permutation null model of the group statistics: the labels of the labelled nodes are shuffled
 * (Fisher–Yates with {@link SplittableRandom} and the given seed, so the same seed gives the same
 * draws) N times, the graph kept as it is, and each statistic recomputed. For a statistic observed
 * as x with permuted values y_1..y_N (those where it is defined):
 *
 * <ul>
 *   <li>expected value ȳ, their mean; standard deviation s with denominator N − 1;
 *   <li>z = (x − ȳ) / s, null when s = 0;
 *   <li>two-sided p = (#{k : |y_k − ȳ| ≥ |x − ȳ|} + 1) / (N + 1), which counts the observed
 *       labelling as one of the permutations so that p is never 0 (B. V. North, D. Curtis, P. C.
 *       Sham (2002), "A note on the calculation of empirical P values from Monte Carlo procedures",
 *       American Journal of Human Genetics 71(2):439–441).
 * </ul>
 *
 * Complexity O(N (n + m)).
 */
final class PermutationTest {

    private PermutationTest() {}

    /** Null models of the {@link GroupMixing} statistics, null where undefined or N = 0. */
    static NullModel[] of(
            GroupMixing mixing,
            GroupLabels labels,
            double[] observed,
            int permutations,
            long seed) {
        int[] label = labels.label().clone();
        int[] nodes = labels.labelledNodes();
        double[][] draws = new double[GroupMixing.STATISTICS][permutations];
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < permutations; k++) {
            for (int i = nodes.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = label[nodes[i]];
                label[nodes[i]] = label[nodes[j]];
                label[nodes[j]] = t;
            }
            double[] s = mixing.statistics(label);
            for (int stat = 0; stat < GroupMixing.STATISTICS; stat++) {
                draws[stat][k] = s[stat];
            }
        }
        NullModel[] models = new NullModel[GroupMixing.STATISTICS];
        for (int stat = 0; stat < GroupMixing.STATISTICS; stat++) {
            models[stat] = summarise(observed[stat], draws[stat], seed);
        }
        return models;
    }

    static NullModel summarise(double observed, double[] draws, long seed) {
        double[] defined = java.util.Arrays.stream(draws).filter(d -> !Double.isNaN(d)).toArray();
        int n = defined.length;
        if (Double.isNaN(observed) || n == 0) {
            return null;
        }
        double sum = 0;
        for (double d : defined) {
            sum += d;
        }
        double mean = sum / n;
        double squares = 0;
        for (double d : defined) {
            squares += (d - mean) * (d - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double distance = Math.abs(observed - mean);
        int extreme = 0;
        for (double d : defined) {
            if (Math.abs(d - mean) >= distance) {
                extreme++;
            }
        }
        Double z = sd > 0 ? (observed - mean) / sd : null;
        return new NullModel(mean, sd, z, (extreme + 1.0) / (n + 1.0), n, seed);
    }
}
