package coop.maillage.metrics;

/**
 * Triangles around each node, giving the local clustering coefficient, its average and the
 * transitivity (unweighted, as networkx {@code clustering}, {@code average_clustering} and {@code
 * transitivity}).
 *
 * <ul>
 *   <li>Local clustering: C(v) = 2T(v) / (d(v)(d(v)−1)), T(v) the triangles through v; 0 when d(v)
 *       &lt; 2 (Watts &amp; Strogatz 1998, "Collective dynamics of 'small-world' networks", Nature
 *       393:440–442).
 *   <li>Average clustering: the mean of C(v) over all nodes, those of degree &lt; 2 counting 0;
 *       undefined (null) for the empty graph.
 *   <li>Transitivity: 3 × triangles / connected triples = Σ 2T(v) / Σ d(v)(d(v)−1), 0 when there is
 *       no connected triple (Newman, Strogatz &amp; Watts 2001, Physical Review E 64:026118).
 * </ul>
 *
 * <p>Triangles are counted by marking each node's neighbours and scanning its neighbours' lists;
 * each task owns its marks and writes only its own nodes' counts, so the parallel count is exact.
 * Complexity O(Σ_v d(v)²).
 *
 * @see Metric#CLUSTERING
 * @see Metric#AVERAGE_CLUSTERING
 * @see Metric#TRANSITIVITY
 */
final class LocalClustering {

    record Scores(double[] clustering, Double averageClustering, double transitivity) {}

    private LocalClustering() {}

    static Scores of(IndexedGraph g) {
        int n = g.size();
        long[] twiceTriangles = twiceTriangles(g);
        double[] clustering = new double[n];
        double sum = 0;
        double triangles = 0;
        double triples = 0;
        for (int v = 0; v < n; v++) {
            double d = g.degree(v);
            if (d >= 2) {
                clustering[v] = twiceTriangles[v] / (d * (d - 1));
            }
            sum += clustering[v];
            triangles += twiceTriangles[v];
            triples += d * (d - 1);
        }
        Double average = n == 0 ? null : sum / n;
        double transitivity = triangles == 0 ? 0 : triangles / triples;
        return new Scores(clustering, average, transitivity);
    }

    /** 2T(v) for every node: each triangle through v is seen once from each of its two sides. */
    static long[] twiceTriangles(IndexedGraph g) {
        int n = g.size();
        long[] counts = new long[n];
        int blocks = Math.max(1, Math.min(PathCentralities.BLOCKS, n));
        java.util.stream.IntStream.range(0, blocks)
                .parallel()
                .forEach(
                        b -> {
                            int[] mark = new int[n];
                            int from = (int) ((long) n * b / blocks);
                            int to = (int) ((long) n * (b + 1) / blocks);
                            for (int v = from; v < to; v++) {
                                int stamp = v + 1;
                                for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                                    mark[g.targets[p]] = stamp;
                                }
                                long t = 0;
                                for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                                    int u = g.targets[p];
                                    for (int q = g.offsets[u]; q < g.offsets[u + 1]; q++) {
                                        if (mark[g.targets[q]] == stamp) {
                                            t++;
                                        }
                                    }
                                }
                                counts[v] = t;
                            }
                        });
        return counts;
    }
}
