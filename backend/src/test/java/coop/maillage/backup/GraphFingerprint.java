package coop.maillage.backup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Everything a database holds besides its migration records, written independently of the backup
 * code: one text per node (sorted labels, properties with their Neo4j types) and one per
 * relationship (type, the texts of its two ends, properties with types), sorted. Two databases with
 * equal fingerprints hold the same graph, property types included.
 */
record GraphFingerprint(List<String> nodes, List<String> relationships) {

    /**
     * This fingerprint without user accounts and their audit records, which a starting application
     * creates by itself (the first admin) before it does anything else.
     */
    GraphFingerprint withoutAccounts() {
        return new GraphFingerprint(
                nodes.stream()
                        .filter(n -> !n.startsWith("[User]"))
                        .filter(
                                n ->
                                        !(n.startsWith("[AuditEvent]")
                                                && n.contains("entity=STRING user,")))
                        .toList(),
                relationships);
    }

    static GraphFingerprint of(Driver driver, String database) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(
                    tx -> {
                        List<String> nodes =
                                tx.run("MATCH (n) WHERE NOT n:__Migration RETURN n").stream()
                                        .map(r -> node(r.get("n").asNode()))
                                        .sorted()
                                        .collect(Collectors.toCollection(ArrayList::new));
                        List<String> relationships =
                                tx
                                        .run(
                                                """
                                                MATCH (a)-[r]->(b)
                                                WHERE NOT a:__Migration AND NOT b:__Migration
                                                RETURN a, r, b
                                                """)
                                        .stream()
                                        .map(
                                                r ->
                                                        r.get("r").asRelationship().type()
                                                                + " "
                                                                + properties(
                                                                        r.get("r")
                                                                                .asRelationship()
                                                                                .asMap(v -> v))
                                                                + " from "
                                                                + node(r.get("a").asNode())
                                                                + " to "
                                                                + node(r.get("b").asNode()))
                                        .sorted()
                                        .collect(Collectors.toCollection(ArrayList::new));
                        return new GraphFingerprint(nodes, relationships);
                    });
        }
    }

    private static String node(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        labels.sort(null);
        return labels + properties(node.asMap(v -> v));
    }

    private static String properties(Map<String, Value> properties) {
        return new TreeMap<>(properties)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + typed(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A value with its type, elements of lists included: {@code INTEGER 3}, not {@code 3}. */
    static String typed(Value value) {
        String type = value.type().name();
        if (type.startsWith("LIST")) {
            return value.asList(GraphFingerprint::typed).stream()
                    .collect(Collectors.joining(", ", "LIST[", "]"));
        }
        return switch (type) {
            case "BYTES" -> "BYTES " + Arrays.toString(value.asByteArray());
            case "FLOAT" -> "FLOAT " + Double.toString(value.asDouble());
            default -> type + " " + value.asObject();
        };
    }
}
