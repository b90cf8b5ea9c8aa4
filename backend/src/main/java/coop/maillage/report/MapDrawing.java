package coop.maillage.report;

import coop.maillage.metrics.AnalysisResult;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.network.Snapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Lays out the {@link NetworkMap} of a snapshot: the actors with at least one tie, placed by {@link
 * MapLayout} within a margin of the box, their ties, the pole marked and a few bridging actors
 * named.
 */
final class MapDrawing {

    /** Space kept free around the drawing for the nodes and their labels. */
    static final double MARGIN = 24;

    private MapDrawing() {}

    static NetworkMap of(
            Snapshot snapshot, AnalysisResult result, String poleId, List<String> numbered) {
        Graph<String, DefaultWeightedEdge> graph = snapshot.graph();
        Set<String> tied = new HashSet<>();
        for (String vertex : graph.vertexSet()) {
            if (graph.degreeOf(vertex) > 0) {
                tied.add(vertex);
            }
        }
        Graph<String, DefaultWeightedEdge> drawn = new AsSubgraph<>(graph, tied);
        Map<String, MapLayout.Position> positions =
                MapLayout.layout(
                        drawn, NetworkMap.WIDTH - 2 * MARGIN, NetworkMap.HEIGHT - 2 * MARGIN);
        List<NetworkMap.Node> nodes = new ArrayList<>();
        for (NodeMetrics metrics : result.nodes()) {
            MapLayout.Position p = positions.get(metrics.id());
            if (p == null) {
                continue;
            }
            String id = metrics.id();
            boolean pole = id.equals(poleId);
            nodes.add(
                    new NetworkMap.Node(
                            id,
                            p.x() + MARGIN,
                            p.y() + MARGIN,
                            metrics.degree(),
                            snapshot.attribute(id, ReportBuilder.GROUP_BY),
                            pole,
                            numbered.contains(id)
                                    ? Integer.toString(numbered.indexOf(id) + 1)
                                    : null));
        }
        List<NetworkMap.Link> links = new ArrayList<>();
        for (DefaultWeightedEdge edge : drawn.edgeSet()) {
            MapLayout.Position a = positions.get(graph.getEdgeSource(edge));
            MapLayout.Position b = positions.get(graph.getEdgeTarget(edge));
            links.add(
                    new NetworkMap.Link(
                            a.x() + MARGIN,
                            a.y() + MARGIN,
                            b.x() + MARGIN,
                            b.y() + MARGIN,
                            graph.getEdgeWeight(edge)));
        }
        return new NetworkMap(nodes, links, graph.vertexSet().size() - tied.size());
    }
}
