package coop.maillage.metrics;

import java.util.List;

/**
 * Graph-level metrics; field names are the {@link Metric} ids. A boxed value is null where the
 * metric is undefined for this graph (see each {@link Metric}).
 *
 * @param pathWeighting how the path metrics behind betweennessCentralization measured paths
 * @param betweennessSources sources swept for betweenness (n when exact)
 * @param communities the detected communities (lists of node ids), null when detection is off
 * @param modularity modularity of {@code communities}, null when off or without ties
 * @see Metric
 */
public record GraphMetrics(
        int nodes,
        int edges,
        double density,
        double weightedDensity,
        Double meanDegree,
        double totalWeight,
        int components,
        Double largestComponentShare,
        Double averageClustering,
        double transitivity,
        List<Tie> bridges,
        int bridgeCount,
        List<String> articulationPoints,
        int articulationPointCount,
        Double degreeCentralization,
        Double betweennessCentralization,
        List<List<String>> communities,
        Double modularity,
        PathWeighting pathWeighting,
        int betweennessSources) {

    public GraphMetrics {
        bridges = List.copyOf(bridges);
        articulationPoints = List.copyOf(articulationPoints);
        communities = communities == null ? null : communities.stream().map(List::copyOf).toList();
    }
}
