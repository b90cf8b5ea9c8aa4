package coop.maillage.metrics;

/**
 * Burt's constraint and effective size, weighted exactly as networkx {@code constraint(G,
 * weight="weight")} and {@code effective_size(G, weight="weight")} (with unit weights both reduce
 * to the unweighted values).
 *
 * <p>With p(i, j) = w(i, j) / Σ_k w(i, k) the share of i's tie strength spent on j, and m(j, q) =
 * w(j, q) / max_k w(j, k):
 *
 * <ul>
 *   <li>Constraint: c(i) = Σ_{j ∈ N(i)} (p(i, j) + Σ_{q ∈ N(i)} p(i, q) p(q, j))².
 *   <li>Effective size: e(i) = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p(i, q) m(j, q)); unweighted this is
 *       Borgatti's n − 2t/n.
 * </ul>
 *
 * <p>Both are undefined (null) for an isolated node, as networkx's NaN. Reference: R. S. Burt
 * (1992), <i>Structural Holes: The Social Structure of Competition</i>, Harvard University Press;
 * S. P. Borgatti (1997), "Structural holes: unpacking Burt's redundancy measures", Connections
 * 20(1):35–38. Complexity O(Σ_v d(v)²); nodes are split over threads, each writing only its own.
 *
 * @see Metric#CONSTRAINT
 * @see Metric#EFFECTIVE_SIZE
 */
final class StructuralHoles {

    record Scores(Double[] constraint, Double[] effectiveSize) {}

    private StructuralHoles() {}

    static Scores of(IndexedGraph g) {
        int n = g.size();
        double[] strength = new double[n];
        double[] maxWeight = new double[n];
        for (int v = 0; v < n; v++) {
            for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                strength[v] += g.weights[p];
                maxWeight[v] = Math.max(maxWeight[v], g.weights[p]);
            }
        }
        Double[] constraint = new Double[n];
        Double[] effectiveSize = new Double[n];
        int blocks = Math.max(1, Math.min(PathCentralities.BLOCKS, n));
        java.util.stream.IntStream.range(0, blocks)
                .parallel()
                .forEach(
                        b -> {
                            double[] share = new double[n];
                            double[] indirect = new double[n];
                            double[] redundancy = new double[n];
                            for (int v = (int) ((long) n * b / blocks);
                                    v < (long) n * (b + 1) / blocks;
                                    v++) {
                                if (g.degree(v) > 0) {
                                    ego(g, v, strength, maxWeight, share, indirect, redundancy);
                                    constraint[v] = constraint(g, v, share, indirect);
                                    effectiveSize[v] = effectiveSize(g, v, redundancy);
                                    for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                                        int j = g.targets[p];
                                        share[j] = indirect[j] = redundancy[j] = 0;
                                    }
                                }
                            }
                        });
        return new Scores(constraint, effectiveSize);
    }

    // share[j] = p(v, j) for j in N(v); indirect[j] = Σ_q p(v,q) p(q,j);
    // redundancy[j] = Σ_q p(v,q) m(j,q), for j in N(v), q in N(v) ∩ N(j)
    private static void ego(
            IndexedGraph g,
            int v,
            double[] strength,
            double[] maxWeight,
            double[] share,
            double[] indirect,
            double[] redundancy) {
        for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
            share[g.targets[p]] = g.weights[p] / strength[v];
        }
        for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
            int q = g.targets[p];
            for (int r = g.offsets[q]; r < g.offsets[q + 1]; r++) {
                int j = g.targets[r];
                if (share[j] > 0 && j != v) {
                    indirect[j] += share[q] * (g.weights[r] / strength[q]);
                    redundancy[j] += share[q] * (g.weights[r] / maxWeight[j]);
                }
            }
        }
    }

    private static double constraint(IndexedGraph g, int v, double[] share, double[] indirect) {
        double c = 0;
        for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
            int j = g.targets[p];
            double local = share[j] + indirect[j];
            c += local * local;
        }
        return c;
    }

    private static double effectiveSize(IndexedGraph g, int v, double[] redundancy) {
        double e = 0;
        for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
            e += 1 - redundancy[g.targets[p]];
        }
        return e;
    }
}
