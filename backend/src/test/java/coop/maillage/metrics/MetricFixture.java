package coop.maillage.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network and the values networkx gives for it, read from {@code metrics/NAME.json} (written by
 * {@code backend/src/test/python/make_metric_fixtures.py}).
 */
record MetricFixture(
        String name,
        Graph<String, DefaultWeightedEdge> graph,
        Map<String, String> groups,
        Map<String, List<String>> membership,
        JsonNode expected) {

    static final List<String> ALL =
            List.of(
                    "empty",
                    "single",
                    "k2",
                    "path5",
                    "star5",
                    "disconnected",
                    "karate",
                    "florentine",
                    "kite",
                    "davis",
                    "gnp60",
                    "ba60",
                    "sparse60");

    static MetricFixture load(String name) {
        String resource = "/metrics/" + name + ".json";
        try (InputStream in = MetricFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Missing fixture "
                                + resource
                                + ": run"
                                + " backend/src/test/python/make_metric_fixtures.py");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            return new MetricFixture(
                    name, graph(root), groups(root), membership(root), root.get("expected"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Graph<String, DefaultWeightedEdge> graph(JsonNode root) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        root.get("nodes").forEach(node -> g.addVertex(node.asString()));
        root.get("edges")
                .forEach(
                        edge ->
                                g.setEdgeWeight(
                                        g.addEdge(edge.get(0).asString(), edge.get(1).asString()),
                                        edge.get(2).asDouble()));
        return g;
    }

    private static Map<String, String> groups(JsonNode root) {
        JsonNode groups = root.get("groups");
        if (groups == null || groups.isNull()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        groups.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }

    private static Map<String, List<String>> membership(JsonNode root) {
        JsonNode membership = root.get("membership");
        if (membership == null || membership.isNull()) {
            return null;
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        membership
                .properties()
                .forEach(
                        e -> {
                            List<String> items = new ArrayList<>();
                            e.getValue().forEach(item -> items.add(item.asString()));
                            map.put(e.getKey(), items);
                        });
        return map;
    }

    /** A number, or null for JSON null or absence (networkx's undefined). */
    static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    @Override
    public String toString() {
        return name;
    }
}
