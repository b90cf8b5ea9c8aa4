package coop.maillage.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Compact adjacency of an undirected weighted graph (compressed sparse rows), built once per
 * analysis so that the metrics run on int and double arrays instead of JGraphT's object maps.
 *
 * <p>Node {@code i} is the i-th vertex of {@code graph.vertexSet()}; its neighbours are {@code
 * targets[offsets[i]] .. targets[offsets[i + 1] - 1]}, sorted by index, with the tie strengths in
 * {@code weights} at the same positions. Each undirected edge also appears once in {@code
 * edgeSources}/{@code edgeTargets}/{@code edgeWeights}, in {@code graph.edgeSet()} order.
 *
 * <p>Building it checks the input contract: undirected, no self-loop, no multi-edge, every weight a
 * positive finite number. Complexity O(n + m log Δ).
 */
final class IndexedGraph {

    final String[] ids;
    final int[] offsets;
    final int[] targets;
    final double[] weights;
    final int[] edgeSources;
    final int[] edgeTargets;
    final double[] edgeWeights;
    final double totalWeight;
    private final Map<String, Integer> index;

    private IndexedGraph(
            String[] ids,
            Map<String, Integer> index,
            int[] sources,
            int[] targetsOf,
            double[] edgeWeights) {
        this.ids = ids;
        this.index = index;
        this.edgeSources = sources;
        this.edgeTargets = targetsOf;
        this.edgeWeights = edgeWeights;
        int n = ids.length;
        int m = sources.length;
        this.offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            offsets[sources[e] + 1]++;
            offsets[targetsOf[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        this.targets = new int[2 * m];
        this.weights = new double[2 * m];
        long[] packed = new long[2 * m];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int e = 0; e < m; e++) {
            packed[fill[sources[e]]++] = pack(targetsOf[e], e);
            packed[fill[targetsOf[e]]++] = pack(sources[e], e);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            Arrays.sort(packed, offsets[i], offsets[i + 1]);
        }
        for (int p = 0; p < 2 * m; p++) {
            targets[p] = (int) (packed[p] >>> 32);
            weights[p] = edgeWeights[(int) packed[p]];
        }
        for (double w : edgeWeights) {
            total += w;
        }
        this.totalWeight = total;
        checkNoMultiEdge();
    }

    private static long pack(int neighbour, int edge) {
        return ((long) neighbour << 32) | edge;
    }

    /**
     * Indexes a JGraphT graph.
     *
     * @throws IllegalArgumentException if the graph is directed, has a self-loop or a multi-edge,
     *     or an edge weight that is not a positive finite number; the message names the edge
     */
    static IndexedGraph of(Graph<String, DefaultWeightedEdge> graph) {
        if (graph.getType().isDirected()) {
            throw new IllegalArgumentException(
                    "The network must be undirected; build the snapshot as an undirected graph.");
        }
        List<String> vertices = List.copyOf(graph.vertexSet());
        Map<String, Integer> index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int m = graph.edgeSet().size();
        int[] sources = new int[m];
        int[] targetsOf = new int[m];
        double[] edgeWeights = new double[m];
        int e = 0;
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            String u = graph.getEdgeSource(edge);
            String v = graph.getEdgeTarget(edge);
            double w = graph.getEdgeWeight(edge);
            if (u.equals(v)) {
                throw new IllegalArgumentException(
                        "Self-loop on node '"
                                + u
                                + "': drop self-loops before analysis (the snapshot builder"
                                + " does).");
            }
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(
                        "Edge {"
                                + u
                                + ", "
                                + v
                                + "} has weight "
                                + w
                                + ": tie strengths must be positive finite numbers.");
            }
            sources[e] = index.get(u);
            targetsOf[e] = index.get(v);
            edgeWeights[e] = w;
            e++;
        }
        return new IndexedGraph(
                vertices.toArray(String[]::new), index, sources, targetsOf, edgeWeights);
    }

    private void checkNoMultiEdge() {
        for (int v = 0; v < size(); v++) {
            for (int p = offsets[v] + 1; p < offsets[v + 1]; p++) {
                if (targets[p] == targets[p - 1]) {
                    throw new IllegalArgumentException(
                            "Several edges join '"
                                    + ids[v]
                                    + "' and '"
                                    + ids[targets[p]]
                                    + "': merge them into one edge whose weight is"
                                    + " the sum (the snapshot builder does).");
                }
            }
        }
    }

    int size() {
        return ids.length;
    }

    int edgeCount() {
        return edgeSources.length;
    }

    int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    double strength(int v) {
        double s = 0;
        for (int p = offsets[v]; p < offsets[v + 1]; p++) {
            s += weights[p];
        }
        return s;
    }

    /** Index of a node id, or -1 when the graph does not hold it. */
    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** Whether u and v are adjacent: binary search in the shorter neighbour list. */
    boolean adjacent(int u, int v) {
        if (degree(u) > degree(v)) {
            return adjacent(v, u);
        }
        return Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v) >= 0;
    }
}
