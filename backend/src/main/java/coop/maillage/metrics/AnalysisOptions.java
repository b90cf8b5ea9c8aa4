package coop.maillage.metrics;

/**
 * Options of {@link NetworkAnalyser#analyse}. {@link #DEFAULTS} follows networkx's defaults where a
 * choice exists.
 *
 * @param pathWeighting how betweenness, closeness and harmonic measure paths
 * @param permutations label permutations drawn for each group null model (0: none)
 * @param seed seed of every random choice (permutations, sampled sources, Louvain's node order)
 * @param betweennessMode exact or sampled betweenness
 * @param betweennessSamples sources drawn in sampled mode (at least 2)
 * @param communities whether and how communities are detected
 */
public record AnalysisOptions(
        PathWeighting pathWeighting,
        int permutations,
        long seed,
        BetweennessMode betweennessMode,
        int betweennessSamples,
        CommunityDetection communities) {

    public static final int DEFAULT_PERMUTATIONS = 1000;
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_BETWEENNESS_SAMPLES = 200;

    public static final AnalysisOptions DEFAULTS =
            new AnalysisOptions(
                    PathWeighting.UNWEIGHTED,
                    DEFAULT_PERMUTATIONS,
                    DEFAULT_SEED,
                    BetweennessMode.EXACT,
                    DEFAULT_BETWEENNESS_SAMPLES,
                    CommunityDetection.LOUVAIN);

    public AnalysisOptions {
        if (pathWeighting == null || betweennessMode == null || communities == null) {
            throw new IllegalArgumentException(
                    "Analysis options: pathWeighting, betweennessMode"
                            + " and communities must be set (see AnalysisOptions.DEFAULTS).");
        }
        if (permutations < 0) {
            throw new IllegalArgumentException(
                    "Analysis options: permutations is "
                            + permutations
                            + "; use 0 for no null model or a positive count such as 1000.");
        }
        if (betweennessSamples < 2) {
            throw new IllegalArgumentException(
                    "Analysis options: betweennessSamples is "
                            + betweennessSamples
                            + "; sampled betweenness needs at least 2 sources.");
        }
    }

    public AnalysisOptions withPathWeighting(PathWeighting value) {
        return new AnalysisOptions(
                value, permutations, seed, betweennessMode, betweennessSamples, communities);
    }

    public AnalysisOptions withPermutations(int value) {
        return new AnalysisOptions(
                pathWeighting, value, seed, betweennessMode, betweennessSamples, communities);
    }

    public AnalysisOptions withSeed(long value) {
        return new AnalysisOptions(
                pathWeighting,
                permutations,
                value,
                betweennessMode,
                betweennessSamples,
                communities);
    }

    /** Sampled betweenness with the given number of sources. */
    public AnalysisOptions withSampledBetweenness(int samples) {
        return new AnalysisOptions(
                pathWeighting, permutations, seed, BetweennessMode.SAMPLED, samples, communities);
    }

    public AnalysisOptions withCommunities(CommunityDetection value) {
        return new AnalysisOptions(
                pathWeighting, permutations, seed, betweennessMode, betweennessSamples, value);
    }
}
