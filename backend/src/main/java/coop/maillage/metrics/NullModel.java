package coop.maillage.metrics;

/**
 * A statistic under the permutation null model: group labels shuffled among the labelled nodes, the
 * graph kept, the statistic recomputed for each permutation.
 *
 * @param expected mean of the permuted values
 * @param standardDeviation their standard deviation (denominator N − 1)
 * @param zScore (observed − expected) / standardDeviation; null when the deviation is 0
 * @param pValue two-sided: (#{|null − expected| ≥ |observed − expected|} + 1) / (N + 1)
 * @param permutations N, the permutations in which the statistic was defined
 * @param seed the seed of the permutations
 */
public record NullModel(
        double expected,
        double standardDeviation,
        Double zScore,
        double pValue,
        int permutations,
        long seed) {}
