package coop.maillage.metrics;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Small graphs for hand-computed tests. */
final class Graphs {

    private Graphs() {}

    /** A graph with the given nodes and unit-weight edges "a-b". */
    static Graph<String, DefaultWeightedEdge> of(String nodes, String... edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String node : nodes.split(" ")) {
            if (!node.isEmpty()) {
                g.addVertex(node);
            }
        }
        for (String edge : edges) {
            String[] ends = edge.split("-");
            g.addVertex(ends[0]);
            g.addVertex(ends[1]);
            g.addEdge(ends[0], ends[1]);
        }
        return g;
    }

    static NodeMetrics node(AnalysisResult result, String id) {
        return result.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
