package coop.maillage.metrics;

import java.util.Arrays;

/**
 * Shortest paths from one source, the inner step of Brandes' algorithm, on an {@link IndexedGraph}:
 * breadth-first search when paths are unweighted, Dijkstra with lengths 1/weight otherwise. One
 * instance is a reusable workspace owned by one thread.
 *
 * <p>After {@link #run(int)}, {@link #distanceSum()}, {@link #reached()} and {@link
 * #inverseDistanceSum()} describe the source's distances, and {@link #accumulate(double[])} adds
 * the source's pair dependencies δ_s(v) = Σ_w σ_sv/σ_sw (1 + δ_s(w)) to a betweenness array.
 *
 * <p>Predecessors are not stored: v precedes w when dist(v) + len(v, w) == dist(w), the same exact
 * floating-point test networkx applies while relaxing edges, so ties are counted alike.
 *
 * <p>Reference: U. Brandes (2001), "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177. Complexity per source O(m) unweighted, O(m log n) weighted.
 */
final class ShortestPathSweep {

    private final IndexedGraph g;
    private final double[] lengths;
    private final double[] dist;
    private final double[] sigma;
    private final double[] delta;
    private final int[] order;
    private final boolean[] done;
    private final MinHeap heap;
    private int settled;
    private double distanceSum;
    private double inverseDistanceSum;

    /**
     * @param lengths edge lengths in the order of {@code g.targets}, or null for hop counts
     */
    ShortestPathSweep(IndexedGraph g, double[] lengths) {
        this.g = g;
        this.lengths = lengths;
        int n = g.size();
        this.dist = new double[n];
        this.sigma = new double[n];
        this.delta = new double[n];
        this.order = new int[n];
        this.done = new boolean[n];
        this.heap = lengths == null ? null : new MinHeap(g.targets.length + 1);
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }

    /** Edge lengths 1/weight for {@link PathWeighting#INVERSE_WEIGHT}, else null. */
    static double[] lengths(IndexedGraph g, PathWeighting weighting) {
        if (weighting == PathWeighting.UNWEIGHTED) {
            return null;
        }
        double[] lengths = new double[g.weights.length];
        for (int p = 0; p < lengths.length; p++) {
            lengths[p] = 1.0 / g.weights[p];
        }
        return lengths;
    }

    void run(int source) {
        for (int i = 0; i < settled; i++) {
            int v = order[i];
            dist[v] = Double.POSITIVE_INFINITY;
            sigma[v] = 0;
            delta[v] = 0;
            done[v] = false;
        }
        settled = 0;
        distanceSum = 0;
        inverseDistanceSum = 0;
        dist[source] = 0;
        sigma[source] = 1;
        if (lengths == null) {
            breadthFirst(source);
        } else {
            dijkstra(source);
        }
        for (int i = 1; i < settled; i++) {
            double d = dist[order[i]];
            distanceSum += d;
            inverseDistanceSum += 1.0 / d;
        }
    }

    // 1. shortest paths by breadth-first search; σ counts the shortest paths from the source
    private void breadthFirst(int source) {
        order[settled++] = source;
        for (int head = 0; head < settled; head++) {
            int v = order[head];
            double next = dist[v] + 1;
            for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                int w = g.targets[p];
                if (dist[w] == Double.POSITIVE_INFINITY) {
                    dist[w] = next;
                    order[settled++] = w;
                }
                if (dist[w] == next) {
                    sigma[w] += sigma[v];
                }
            }
        }
    }

    // 1'. shortest paths by Dijkstra with lazy deletion; σ(w) is summed when w is settled
    private void dijkstra(int source) {
        heap.clear();
        heap.push(0, source);
        while (!heap.isEmpty()) {
            double d = heap.peekKey();
            int v = heap.pop();
            if (done[v] || d > dist[v]) {
                continue;
            }
            done[v] = true;
            order[settled++] = v;
            if (v != source) {
                sigma[v] = predecessorSigma(v);
            }
            for (int p = g.offsets[v]; p < g.offsets[v + 1]; p++) {
                int w = g.targets[p];
                double candidate = d + lengths[p];
                if (candidate < dist[w]) {
                    dist[w] = candidate;
                    heap.push(candidate, w);
                }
            }
        }
    }

    private double predecessorSigma(int w) {
        double s = 0;
        for (int p = g.offsets[w]; p < g.offsets[w + 1]; p++) {
            int v = g.targets[p];
            if (done[v] && dist[v] + lengths[p] == dist[w]) {
                s += sigma[v];
            }
        }
        return s;
    }

    private boolean precedes(int v, int p, int w) {
        double length = lengths == null ? 1 : lengths[p];
        return dist[v] + length == dist[w];
    }

    /** 2. Adds this source's dependencies δ_s(v) to {@code betweenness} (source excluded). */
    void accumulate(double[] betweenness) {
        for (int i = settled - 1; i > 0; i--) {
            int w = order[i];
            double coefficient = (1 + delta[w]) / sigma[w];
            for (int p = g.offsets[w]; p < g.offsets[w + 1]; p++) {
                int v = g.targets[p];
                if (precedes(v, p, w)) {
                    delta[v] += sigma[v] * coefficient;
                }
            }
            betweenness[w] += delta[w];
        }
    }

    /** Number of nodes reached, the source included. */
    int reached() {
        return settled;
    }

    double distanceSum() {
        return distanceSum;
    }

    double inverseDistanceSum() {
        return inverseDistanceSum;
    }
}
