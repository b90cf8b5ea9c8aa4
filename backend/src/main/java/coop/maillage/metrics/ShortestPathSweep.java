package coop.maillage.metrics;

import java.util.Arrays;

/**
 * {@link SourceSweep} for weighted paths: Dijkstra with edge lengths 1/weight and lazy deletion.
 *
 * <p>Predecessors are not stored: v precedes w when d(v) + len(v, w) == d(w), the same exact
 * floating-point test networkx applies while relaxing edges, so equal-length paths are counted
 * alike; σ(w) is summed over the predecessors when w is settled. Complexity O(m log n) per source.
 */
final class ShortestPathSweep implements SourceSweep {

    private final IndexedGraph g;
    private final double[] lengths;
    private final double[] dist;
    private final double[] sigma;
    private final double[] delta;
    private final int[] order;
    private final boolean[] done;
    private final MinHeap heap;
    private int settled;

    /**
     * @param lengths edge lengths in the order of {@code g.targets}
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
        this.heap = new MinHeap(g.targets.length + 1);
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
    }

    /** Edge lengths 1/weight, in the order of {@code g.targets}. */
    static double[] lengths(IndexedGraph g) {
        double[] lengths = new double[g.weights.length];
        for (int p = 0; p < lengths.length; p++) {
            lengths[p] = 1.0 / g.weights[p];
        }
        return lengths;
    }

    @Override
    public void run(int source) {
        for (int i = 0; i < settled; i++) {
            int v = order[i];
            dist[v] = Double.POSITIVE_INFINITY;
            sigma[v] = 0;
            delta[v] = 0;
            done[v] = false;
        }
        settled = 0;
        dist[source] = 0;
        sigma[source] = 1;
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

    @Override
    public void accumulate(double[] betweenness) {
        for (int i = settled - 1; i > 0; i--) {
            int w = order[i];
            double coefficient = (1 + delta[w]) / sigma[w];
            for (int p = g.offsets[w]; p < g.offsets[w + 1]; p++) {
                int v = g.targets[p];
                if (dist[v] + lengths[p] == dist[w]) {
                    delta[v] += sigma[v] * coefficient;
                }
            }
            betweenness[w] += delta[w];
        }
    }

    @Override
    public int reached() {
        return settled;
    }

    @Override
    public double distanceSum() {
        double sum = 0;
        for (int i = 1; i < settled; i++) {
            sum += dist[order[i]];
        }
        return sum;
    }

    @Override
    public double inverseDistanceSum() {
        double sum = 0;
        for (int i = 1; i < settled; i++) {
            sum += 1.0 / dist[order[i]];
        }
        return sum;
    }
}
