package coop.maillage.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Writes the lines of a backup in one transaction, in batches of consecutive lines with the same
 * labels (nodes) or type (relationships), one {@code UNWIND} statement each. Relationships find
 * their ends by the element ids the nodes got when they were created.
 */
final class RestoreWriter {

    static final int BATCH = 2_000;

    private static final String PENDING = "";

    private final Transaction tx;
    private final Map<String, String> elementIds = new HashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private List<String> batchLabels;
    private String batchType;
    private int firstLine;
    private int lastLine;
    private long nodes;
    private long relationships;

    RestoreWriter(Transaction tx) {
        this.tx = tx;
    }

    void node(BackupLine.Node node) {
        if (relationships > 0 || batchType != null) {
            throw BackupFileException.at(
                    node.line(), "a node after the relationships; nodes must all come first");
        }
        if (elementIds.putIfAbsent(node.key(), PENDING) != null) {
            throw BackupFileException.at(
                    node.line(), "a second node with the key '" + node.key() + "'");
        }
        if (!node.labels().equals(batchLabels) || rows.size() == BATCH) {
            flush();
            batchLabels = node.labels();
        }
        rows.add(Map.of("key", node.key(), "properties", node.properties()));
        mark(node.line());
    }

    void relationship(BackupLine.Relationship relationship) {
        // The first relationship writes the last nodes, so that every key has its element id.
        if (batchLabels != null) {
            flush();
            batchLabels = null;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("start", elementId(relationship, relationship.start()));
        row.put("end", elementId(relationship, relationship.end()));
        row.put("properties", relationship.properties());
        if (!relationship.type().equals(batchType) || rows.size() == BATCH) {
            flush();
            batchType = relationship.type();
        }
        rows.add(row);
        mark(relationship.line());
    }

    /** Writes what is left; returns the nodes and relationships written. */
    BackupReader.Counts finish() {
        flush();
        return new BackupReader.Counts(nodes, relationships);
    }

    private String elementId(BackupLine.Relationship relationship, String key) {
        String id = elementIds.get(key);
        if (id == null) {
            throw BackupFileException.at(
                    relationship.line(),
                    "the relationship refers to node '" + key + "', which no node line has");
        }
        return id;
    }

    private void mark(int line) {
        if (rows.size() == 1) {
            firstLine = line;
        }
        lastLine = line;
    }

    private void flush() {
        if (rows.isEmpty()) {
            return;
        }
        try {
            if (batchType == null) {
                createNodes();
            } else {
                createRelationships();
            }
        } catch (ClientException e) {
            throw BackupFileException.at(
                    firstLine,
                    "Neo4j refused lines " + firstLine + "–" + lastLine + ": " + e.getMessage());
        }
        rows.clear();
    }

    private void createNodes() {
        String labels =
                batchLabels.stream()
                        .map(label -> ":" + BackupFormat.quoted(label))
                        .collect(Collectors.joining());
        tx.run(
                        "UNWIND $rows AS row CREATE (n"
                                + labels
                                + ") SET n = row.properties"
                                + " RETURN row.key AS key, elementId(n) AS element",
                        Map.of("rows", rows))
                .forEachRemaining(
                        r -> elementIds.put(r.get("key").asString(), r.get("element").asString()));
        nodes += rows.size();
    }

    private void createRelationships() {
        long created =
                tx.run(
                                "UNWIND $rows AS row"
                                        + " MATCH (a) WHERE elementId(a) = row.start"
                                        + " MATCH (b) WHERE elementId(b) = row.end"
                                        + " CREATE (a)-[r:"
                                        + BackupFormat.quoted(batchType)
                                        + "]->(b) SET r = row.properties"
                                        + " RETURN count(r) AS created",
                                Map.of("rows", rows))
                        .single()
                        .get("created")
                        .asLong();
        if (created != rows.size()) {
            throw new IllegalStateException(
                    "created " + created + " of " + rows.size() + " relationships");
        }
        relationships += rows.size();
    }
}
