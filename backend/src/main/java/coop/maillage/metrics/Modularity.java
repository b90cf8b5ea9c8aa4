package coop.maillage.metrics;

/**
 * Newman's modularity of a partition of the weighted graph, as networkx {@code
 * community.modularity(G, communities, weight="weight")} with resolution 1:
 *
 * <p>Q = Σ_c [ W_c / m − (S_c / 2m)² ], W_c the total weight of the ties inside community c, S_c
 * the total strength of its nodes and m the total weight. Undefined (null) when m = 0.
 *
 * <p>Reference: M. E. J. Newman (2006), "Modularity and community structure in networks", PNAS
 * 103(23):8577–8582 (weighted form: Newman 2004, Physical Review E 70:056131). Complexity O(n + m).
 *
 * @see Metric#MODULARITY
 */
final class Modularity {

    private Modularity() {}

    /**
     * @param community the community index of each node, in 0 .. communities − 1
     */
    static Double of(IndexedGraph g, int[] community, int communities) {
        double m = g.totalWeight;
        if (m == 0) {
            return null;
        }
        double[] inside = new double[communities];
        double[] strength = new double[communities];
        for (int e = 0; e < g.edgeCount(); e++) {
            int cu = community[g.edgeSources[e]];
            int cv = community[g.edgeTargets[e]];
            double w = g.edgeWeights[e];
            strength[cu] += w;
            strength[cv] += w;
            if (cu == cv) {
                inside[cu] += w;
            }
        }
        double q = 0;
        for (int c = 0; c < communities; c++) {
            double share = strength[c] / (2 * m);
            q += inside[c] / m - share * share;
        }
        return q;
    }
}
