package coop.maillage.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Projection of a two-mode (bipartite) network onto its first mode: two first-mode nodes (actors,
 * women) are tied when they share at least one second-mode node (project, event), with weight = the
 * number of second-mode nodes they share. This is networkx {@code
 * bipartite.weighted_projected_graph} and the co-participation layer of DESIGN (actors × projects).
 *
 * <p>Reference: R. L. Breiger (1974), "The duality of persons and groups", Social Forces
 * 53(2):181–190. Complexity O(Σ_items k_item²), k_item the item's number of members.
 */
public final class TwoModeProjection {

    private TwoModeProjection() {}

    /**
     * Projects a membership map onto its keys.
     *
     * @param membership each first-mode node and the second-mode nodes it belongs to (duplicates
     *     ignored); every key becomes a vertex, in the map's iteration order, even with no tie
     * @return an undirected simple weighted graph as the metrics expect it
     */
    public static Graph<String, DefaultWeightedEdge> project(
            Map<String, ? extends Collection<String>> membership) {
        Graph<String, DefaultWeightedEdge> graph =
                new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, List<String>> members = new LinkedHashMap<>();
        membership.forEach(
                (node, items) -> {
                    graph.addVertex(node);
                    for (String item : new LinkedHashSet<>(items)) {
                        members.computeIfAbsent(item, i -> new ArrayList<>()).add(node);
                    }
                });
        for (List<String> group : members.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    addOne(graph, group.get(i), group.get(j));
                }
            }
        }
        return graph;
    }

    private static void addOne(Graph<String, DefaultWeightedEdge> graph, String u, String v) {
        DefaultWeightedEdge edge = graph.getEdge(u, v);
        if (edge == null) {
            graph.setEdgeWeight(graph.addEdge(u, v), 1.0);
        } else {
            graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + 1.0);
        }
    }
}
