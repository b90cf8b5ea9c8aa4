package coop.maillage.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * The records of a database, written out independently of the export code: one text per node of the
 * data format's labels (its labels and typed properties) and one per relationship between them
 * (type, typed properties, the two ends), sorted. {@code version} is left out: it counts the edits
 * made in one database, and an import starts every record at 1.
 */
record DomainGraph(List<String> nodes, List<String> relationships) {

    static final List<String> LABELS =
            List.of(
                    "Territory",
                    "College",
                    "Actor",
                    "Project",
                    "Event",
                    "Workshop",
                    "DocumentedFigure");

    /** Matches the nodes of the data format: {@code WHERE} + this in Cypher. */
    static final String DOMAIN =
            LABELS.stream().map(label -> "n:" + label).collect(Collectors.joining(" OR "));

    static DomainGraph of(coop.maillage.neo4j.Database database) {
        return database.read(
                tx -> {
                    List<String> nodes =
                            tx.run("MATCH (n) WHERE " + DOMAIN + " RETURN n")
                                    .list(r -> node(r.get("n").asNode()));
                    List<String> relationships =
                            tx.run(
                                            "MATCH (n)-[r]->(m) WHERE ("
                                                    + DOMAIN
                                                    + ") AND ("
                                                    + DOMAIN.replace("n:", "m:")
                                                    + ") RETURN n, r, m")
                                    .list(
                                            r ->
                                                    r.get("r").asRelationship().type()
                                                            + " "
                                                            + properties(
                                                                    r.get("r")
                                                                            .asRelationship()
                                                                            .asMap(v -> v))
                                                            + " from "
                                                            + key(r.get("n").asNode())
                                                            + " to "
                                                            + key(r.get("m").asNode()));
                    return new DomainGraph(sorted(nodes), sorted(relationships));
                });
    }

    /** The node texts whose properties contain {@code text}. */
    List<String> nodesWith(String text) {
        return nodes.stream().filter(n -> n.contains(text)).toList();
    }

    private static String node(Node node) {
        return key(node) + properties(node.asMap(v -> v));
    }

    private static String key(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        labels.sort(null);
        return labels + " " + node.get("id").asString(null);
    }

    private static String properties(Map<String, Value> properties) {
        return new TreeMap<>(properties)
                .entrySet().stream()
                        .filter(e -> !e.getKey().equals("version"))
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + e.getValue().type().name()
                                                + " "
                                                + e.getValue().asObject())
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    private static List<String> sorted(List<String> texts) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(null);
        return List.copyOf(sorted);
    }
}
