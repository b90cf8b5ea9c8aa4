package coop.maillage.metrics;

import java.util.Arrays;

/**
 * {@link SourceSweep} for unweighted paths: breadth-first search with integer distances. v precedes
 * w on a shortest path when d(v) = d(w) − 1, so predecessors need not be stored; the backward pass
 * rescans each node's neighbours. Nodes leave the queue in order of distance, which gives the
 * harmonic sum level by level. Complexity O(n + m) per source.
 */
final class BreadthFirstSweep implements SourceSweep {

    private final int[] offsets;
    private final int[] targets;
    private final int[] dist;
    private final double[] sigma;
    private final double[] delta;
    private final int[] order;
    private int reached;

    BreadthFirstSweep(IndexedGraph g) {
        int n = g.size();
        this.offsets = g.offsets;
        this.targets = g.targets;
        this.dist = new int[n];
        this.sigma = new double[n];
        this.delta = new double[n];
        this.order = new int[n];
        Arrays.fill(dist, -1);
    }

    @Override
    public void run(int source) {
        for (int i = 0; i < reached; i++) {
            int v = order[i];
            dist[v] = -1;
            sigma[v] = 0;
            delta[v] = 0;
        }
        dist[source] = 0;
        sigma[source] = 1;
        order[0] = source;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            int next = dist[v] + 1;
            double paths = sigma[v];
            for (int p = offsets[v], end = offsets[v + 1]; p < end; p++) {
                int w = targets[p];
                int d = dist[w];
                if (d < 0) {
                    dist[w] = next;
                    sigma[w] = paths;
                    order[tail++] = w;
                } else if (d == next) {
                    sigma[w] += paths;
                }
            }
        }
        reached = tail;
    }

    @Override
    public void accumulate(double[] betweenness) {
        for (int i = reached - 1; i > 0; i--) {
            int w = order[i];
            int previous = dist[w] - 1;
            double coefficient = (1 + delta[w]) / sigma[w];
            for (int p = offsets[w], end = offsets[w + 1]; p < end; p++) {
                int v = targets[p];
                if (dist[v] == previous) {
                    delta[v] += sigma[v] * coefficient;
                }
            }
            betweenness[w] += delta[w];
        }
    }

    @Override
    public int reached() {
        return reached;
    }

    @Override
    public double distanceSum() {
        long sum = 0;
        for (int i = 1; i < reached; i++) {
            sum += dist[order[i]];
        }
        return sum;
    }

    @Override
    public double inverseDistanceSum() {
        double sum = 0;
        int i = 1;
        while (i < reached) {
            int d = dist[order[i]];
            int start = i;
            while (i < reached && dist[order[i]] == d) {
                i++;
            }
            sum += (i - start) / (double) d;
        }
        return sum;
    }
}
