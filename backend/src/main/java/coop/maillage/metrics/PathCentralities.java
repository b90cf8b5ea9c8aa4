package coop.maillage.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Betweenness, closeness and harmonic centrality from single-source shortest paths ({@link
 * SourceSweep}), computed together so that each source is swept once.
 *
 * <ul>
 *   <li>Betweenness (Brandes 2001): b(v) = Σ_{s≠v≠t} σ_st(v)/σ_st over unordered pairs, divided by
 *       (n−1)(n−2)/2, as networkx {@code betweenness_centrality(normalized=True)}; n ≤ 2 gives 0.
 *       Sampled mode sweeps k sources drawn uniformly without replacement with the seed and uses
 *       networkx 3.6's estimator: raw sums scaled by 1/(k(n−2)) for nodes that were not drawn and
 *       1/((k−1)(n−2)) for drawn ones (a source never lies inside its own paths), which is
 *       unbiased. Each normalised estimate is a mean of k values δ_s(v)/(n−2) in [0, 1], so by
 *       Hoeffding's inequality P(|b̂(v) − b(v)| ≥ ε) ≤ 2exp(−2kε²) for each node: with k = 200 a
 *       node's estimate is within 0.1 of its exact value with probability ≥ 96 %, whatever the
 *       graph (Brandes &amp; Pich 2007; Bader, Kintali, Madduri &amp; Mihail 2007).
 *   <li>Closeness with the Wasserman–Faust correction: C(u) = ((r−1)/(n−1)) · ((r−1)/Σ_v d(u,v)), r
 *       the number of nodes u reaches (itself included), 0 when it reaches none.
 *   <li>Harmonic: H(u) = Σ_{v≠u} 1/d(u,v) / (n−1), unreachable nodes adding 0; n = 1 gives 0.
 * </ul>
 *
 * <p>Parallelism: the sources are cut into at most {@value #BLOCKS} fixed blocks, each swept by one
 * task with its own accumulator; the block sums are added in block order, so results do not depend
 * on the number of threads or their timing. Complexity O(nm) unweighted, O(nm log n) with distances
 * 1/weight; O(km) for sampled betweenness.
 *
 * @see Metric#BETWEENNESS
 * @see Metric#CLOSENESS
 * @see Metric#HARMONIC
 */
final class PathCentralities {

    static final int BLOCKS = 32;

    record Scores(double[] betweenness, double[] closeness, double[] harmonic, int sources) {}

    private PathCentralities() {}

    static Scores compute(
            IndexedGraph g, PathWeighting weighting, BetweennessMode mode, int samples, long seed) {
        int n = g.size();
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        int[] all = IntStream.range(0, n).toArray();
        if (mode == BetweennessMode.SAMPLED && samples < n) {
            sweep(g, weighting, all, false, closeness, harmonic);
            return new Scores(
                    sampledBetweenness(g, weighting, samples, seed), closeness, harmonic, samples);
        }
        double[] raw = sweep(g, weighting, all, true, closeness, harmonic);
        return new Scores(normalise(raw, all, false), closeness, harmonic, n);
    }

    /** Betweenness alone from k sampled sources (k &lt; n), normalised as above. */
    static double[] sampledBetweenness(
            IndexedGraph g, PathWeighting weighting, int samples, long seed) {
        int[] sources = sampleSources(g.size(), samples, seed);
        double[] raw = sweep(g, weighting, sources, true, null, null);
        return normalise(raw, sources, true);
    }

    /** k distinct sources drawn uniformly: a partial Fisher–Yates shuffle, then sorted. */
    static int[] sampleSources(int n, int k, long seed) {
        int[] nodes = IntStream.range(0, n).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = nodes[i];
            nodes[i] = nodes[j];
            nodes[j] = t;
        }
        int[] chosen = Arrays.copyOf(nodes, k);
        Arrays.sort(chosen);
        return chosen;
    }

    /**
     * Sweeps the given sources in fixed blocks, in parallel; returns the summed raw dependencies
     * and, when the arrays are given, fills closeness and harmonic for each source.
     */
    private static double[] sweep(
            IndexedGraph g,
            PathWeighting weighting,
            int[] sources,
            boolean dependencies,
            double[] closeness,
            double[] harmonic) {
        int n = g.size();
        int blocks = Math.min(BLOCKS, sources.length);
        double[][] partial =
                IntStream.range(0, blocks)
                        .parallel()
                        .mapToObj(b -> new Block(g, weighting, sources, b, blocks, dependencies))
                        .map(block -> block.run(closeness, harmonic))
                        .toArray(double[][]::new);
        double[] raw = new double[n];
        if (dependencies) {
            for (double[] block : partial) {
                for (int v = 0; v < n; v++) {
                    raw[v] += block[v];
                }
            }
        }
        return raw;
    }

    /** One fixed block of sources, swept by one thread with its own accumulator. */
    private record Block(
            IndexedGraph g,
            PathWeighting weighting,
            int[] sources,
            int block,
            int blocks,
            boolean dependencies) {

        double[] run(double[] closeness, double[] harmonic) {
            int n = g.size();
            double[] raw = dependencies ? new double[n] : null;
            SourceSweep sweep = SourceSweep.of(g, weighting);
            int from = (int) ((long) sources.length * block / blocks);
            int to = (int) ((long) sources.length * (block + 1) / blocks);
            for (int i = from; i < to; i++) {
                int s = sources[i];
                sweep.run(s);
                if (dependencies) {
                    sweep.accumulate(raw);
                }
                if (closeness != null) {
                    closeness[s] = closeness(sweep.reached(), sweep.distanceSum(), n);
                    harmonic[s] = n > 1 ? sweep.inverseDistanceSum() / (n - 1) : 0;
                }
            }
            return raw;
        }
    }

    private static double closeness(int reached, double distanceSum, int n) {
        if (distanceSum <= 0 || n <= 1) {
            return 0;
        }
        return (reached - 1) / distanceSum * ((reached - 1) / (double) (n - 1));
    }

    private static double[] normalise(double[] raw, int[] sources, boolean sampled) {
        int n = raw.length;
        if (n <= 2) {
            return raw;
        }
        int k = sources.length;
        double all = 1.0 / ((double) (n - 1) * (n - 2));
        double drawn = sampled ? 1.0 / ((double) (k - 1) * (n - 2)) : all;
        double notDrawn = sampled ? 1.0 / ((double) k * (n - 2)) : all;
        boolean[] isSource = new boolean[n];
        for (int s : sources) {
            isSource[s] = true;
        }
        double[] b = new double[n];
        for (int v = 0; v < n; v++) {
            b[v] = raw[v] * (isSource[v] ? drawn : notDrawn);
        }
        return b;
    }
}
