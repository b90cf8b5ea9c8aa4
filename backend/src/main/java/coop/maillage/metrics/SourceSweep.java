package coop.maillage.metrics;

/**
 * Shortest paths from one source, the inner step of Brandes' algorithm (U. Brandes 2001, "A faster
 * algorithm for betweenness centrality", Journal of Mathematical Sociology 25(2):163–177). An
 * instance is a reusable workspace owned by one thread.
 */
interface SourceSweep {

    /** The sweep for the weighting: breadth-first for hops, Dijkstra for lengths 1/weight. */
    static SourceSweep of(IndexedGraph g, PathWeighting weighting) {
        return weighting == PathWeighting.UNWEIGHTED
                ? new BreadthFirstSweep(g)
                : new ShortestPathSweep(g, ShortestPathSweep.lengths(g));
    }

    /** Computes distances and path counts σ from the source. */
    void run(int source);

    /** Adds the source's dependencies δ_s(v) = Σ_w σ_sv/σ_sw (1 + δ_s(w)) to betweenness. */
    void accumulate(double[] betweenness);

    /** Nodes reached, the source included. */
    int reached();

    /** Σ d(s, v) over the nodes reached. */
    double distanceSum();

    /** Σ 1/d(s, v) over the nodes reached other than the source. */
    double inverseDistanceSum();
}
