package coop.maillage.export;

import coop.maillage.analysis.AnalysisService;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The export of one year's snapshot: the actor–actor network the map shows ({@code /api/network}),
 * each actor with its attributes and its node metrics, each tie with its weight. Nothing is dated:
 * the snapshot is the state of one year.
 */
final class SnapshotGraph {

    private SnapshotGraph() {}

    /** The snapshot {@code analysed}, its persons as {@code mask} says. */
    static ExportGraph of(AnalysisService.Analysed analysed, String territory, PersonMask mask) {
        Snapshot snapshot = analysed.snapshot();
        Map<String, NodeMetrics> metrics = new HashMap<>();
        analysed.result().nodes().forEach(node -> metrics.put(node.id(), node));
        List<ExportGraph.Node> nodes = new ArrayList<>();
        for (String id : snapshot.graph().vertexSet()) {
            Map<String, String> attributes =
                    new LinkedHashMap<>(
                            mask.attributes(id, snapshot.attributes().getOrDefault(id, Map.of())));
            putMetrics(attributes, metrics.get(id));
            nodes.add(new ExportGraph.Node(mask.id(id), attributes, Interval.ALWAYS));
        }
        nodes.sort(Comparator.comparing(ExportGraph.Node::id));
        return new ExportGraph(
                false,
                properties(analysed.year(), snapshot.query(), territory, mask),
                nodes,
                edges(snapshot.graph(), mask));
    }

    static Map<String, String> properties(
            int year, SnapshotQuery query, String territory, PersonMask mask) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("year", Integer.toString(year));
        properties.put("cumulative", Boolean.toString(query.cumulative()));
        properties.put("layers", layers(query.layers()));
        properties.put("withoutPole", Boolean.toString(query.withoutPole()));
        if (territory != null) {
            properties.put("territory", territory);
        }
        properties.put("pseudonymised", Boolean.toString(mask.pseudonymises()));
        return properties;
    }

    /** The layers as the {@code layers} parameter writes them, in a fixed order. */
    static String layers(Set<Layer> layers) {
        return String.join(",", layers.stream().sorted().map(Layer::jsonName).toList());
    }

    private static void putMetrics(Map<String, String> attributes, NodeMetrics node) {
        if (node == null) {
            return;
        }
        attributes.put("degree", Integer.toString(node.degree()));
        put(attributes, "strength", node.strength());
        put(attributes, "betweenness", node.betweenness());
        put(attributes, "closeness", node.closeness());
        put(attributes, "harmonic", node.harmonic());
        put(attributes, "eigenvector", node.eigenvector());
        put(attributes, "pagerank", node.pagerank());
        put(attributes, "clustering", node.clustering());
        put(attributes, "constraint", node.constraint());
        put(attributes, "effectiveSize", node.effectiveSize());
        if (node.community() != null) {
            attributes.put("community", node.community().toString());
        }
    }

    private static void put(Map<String, String> attributes, String key, Double value) {
        String text = Numbers.text(value);
        if (text != null) {
            attributes.put(key, text);
        }
    }

    private static List<ExportGraph.Edge> edges(
            Graph<String, DefaultWeightedEdge> graph, PersonMask mask) {
        List<ExportGraph.Edge> edges = new ArrayList<>();
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            String a = mask.id(graph.getEdgeSource(edge));
            String b = mask.id(graph.getEdgeTarget(edge));
            edges.add(
                    new ExportGraph.Edge(
                            a.compareTo(b) <= 0 ? a : b,
                            a.compareTo(b) <= 0 ? b : a,
                            graph.getEdgeWeight(edge),
                            Map.of(),
                            List.of(Interval.ALWAYS)));
        }
        edges.sort(
                Comparator.comparing(ExportGraph.Edge::source)
                        .thenComparing(ExportGraph.Edge::target));
        return edges;
    }
}
