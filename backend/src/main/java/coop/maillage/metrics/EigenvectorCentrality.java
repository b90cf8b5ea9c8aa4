package coop.maillage.metrics;

/**
 * Eigenvector centrality: the principal eigenvector x of the adjacency matrix, Ax = λx, scaled to
 * unit Euclidean norm (Bonacich 1972, "Factoring and weighting approaches to status scores and
 * clique identification", Journal of Mathematical Sociology 2(1):113–120).
 *
 * <p>Computed exactly as networkx {@code eigenvector_centrality}: power iteration on A + I (the
 * shift keeps bipartite graphs from oscillating) from the uniform vector 1/n, normalised each step,
 * stopping when Σ|x − x_prev| &lt; n · {@value #TOLERANCE}. Unweighted: eigenvector centrality
 * counts walks, and DESIGN keeps weights out of the walk- and path-based metrics. Where Maillage
 * differs: it allows {@value #MAX_ITERATIONS} iterations instead of 100 and, if that is not enough,
 * returns null for every node instead of raising. On a disconnected graph the iteration converges
 * to the component(s) with the largest spectral radius; the small values left on other components
 * reflect where the iteration stopped, not their structure (networkx gives the same numbers).
 * Complexity O(m) per iteration.
 *
 * @see Metric#EIGENVECTOR
 */
final class EigenvectorCentrality {

    static final double TOLERANCE = 1e-6;
    static final int MAX_ITERATIONS = 1000;

    private EigenvectorCentrality() {}

    /** The centralities, or null if the iteration did not converge. */
    static double[] of(IndexedGraph g) {
        int n = g.size();
        if (n == 0) {
            return new double[0];
        }
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] last = x;
            x = last.clone();
            for (int v = 0; v < n; v++) {
                for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                    x[g.targets[p]] += last[v];
                }
            }
            double norm = euclideanNorm(x);
            double change = 0;
            for (int v = 0; v < n; v++) {
                x[v] /= norm;
                change += Math.abs(x[v] - last[v]);
            }
            if (change < n * TOLERANCE) {
                return x;
            }
        }
        return null;
    }

    private static double euclideanNorm(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        double norm = Math.sqrt(sum);
        return norm == 0 ? 1 : norm;
    }
}
