package coop.maillage.metrics;

/**
 * Freeman's centralisation: how far a node-level centrality is concentrated on one node, as the sum
 * of differences to the maximum divided by its largest possible value (a star's). L. C. Freeman
 * (1979), "Centrality in social networks: conceptual clarification", Social Networks 1(3):215–239.
 * Complexity O(n).
 *
 * @see Metric#DEGREE_CENTRALIZATION
 * @see Metric#BETWEENNESS_CENTRALIZATION
 */
final class Centralization {

    private Centralization() {}

    /** Σ(d_max − d_i) / ((n−1)(n−2)) on raw degrees; null when n &lt; 3. */
    static Double degree(IndexedGraph g) {
        int n = g.size();
        if (n < 3) {
            return null;
        }
        double[] degrees = new double[n];
        for (int v = 0; v < n; v++) {
            degrees[v] = g.degree(v);
        }
        return spread(degrees) / ((n - 1.0) * (n - 2.0));
    }

    /** Σ(b_max − b_i) / (n−1) on normalised betweenness; null when n &lt; 2. */
    static Double betweenness(double[] normalised) {
        int n = normalised.length;
        return n < 2 ? null : spread(normalised) / (n - 1.0);
    }

    private static double spread(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : values) {
            sum += max - v;
        }
        return sum;
    }
}
