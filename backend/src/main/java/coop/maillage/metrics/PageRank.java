package coop.maillage.metrics;

/**
 * PageRank with damping α = {@value #DAMPING} on the weighted graph, computed as networkx {@code
 * pagerank(G, alpha=0.85, weight="weight")}: a random walker follows a tie with probability
 * proportional to its strength, and with probability 1 − α (or always, from an isolated node: the
 * dangling case) jumps to a node chosen uniformly.
 *
 * <p>x' = α (x P + (Σ_{dangling} x) / n) + (1 − α) / n, with P the strength-normalised adjacency,
 * from x = 1/n until Σ|x' − x| &lt; n · {@value #TOLERANCE}; the scores sum to 1. Reference: S.
 * Brin &amp; L. Page (1998), "The anatomy of a large-scale hypertextual web search engine",
 * Computer Networks 30(1–7):107–117. Where Maillage differs: up to {@value #MAX_ITERATIONS}
 * iterations instead of 100, and null for every node, not an error, if even that is not enough.
 * Complexity O(m) per iteration.
 *
 * @see Metric#PAGERANK
 */
final class PageRank {

    static final double DAMPING = 0.85;
    static final double TOLERANCE = 1e-6;
    static final int MAX_ITERATIONS = 1000;

    private PageRank() {}

    /** The scores, or null if the iteration did not converge. */
    static double[] of(IndexedGraph g) {
        int n = g.size();
        if (n == 0) {
            return new double[0];
        }
        double[] strength = new double[n];
        for (int v = 0; v < n; v++) {
            strength[v] = g.strength(v);
        }
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double teleport = (1 - DAMPING) / n;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] last = x;
            x = new double[n];
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (strength[v] == 0) {
                    dangling += last[v];
                    continue;
                }
                double out = last[v] / strength[v];
                for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                    x[g.targets[p]] += out * g.weights[p];
                }
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                x[v] = DAMPING * (x[v] + dangling / n) + teleport;
                change += Math.abs(x[v] - last[v]);
            }
            if (change < n * TOLERANCE) {
                return x;
            }
        }
        return null;
    }
}
