package coop.maillage.metrics;

import java.util.List;

/**
 * Everything {@link NetworkAnalyser#analyse} computes: graph-level metrics, one entry per node in
 * the graph's vertex order, and group metrics (null when no group labels were given).
 *
 * @see Metric
 */
public record AnalysisResult(GraphMetrics graph, List<NodeMetrics> nodes, GroupMetrics groups) {

    public AnalysisResult {
        nodes = List.copyOf(nodes);
    }
}
