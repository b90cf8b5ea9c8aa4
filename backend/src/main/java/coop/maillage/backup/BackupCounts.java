package coop.maillage.backup;

import static coop.maillage.backup.BackupFormat.JSON;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Transaction;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a backup holds, counted before it is written: the header line.
 *
 * @param nodes nodes, schema-migration records aside
 * @param relationships relationships between those nodes
 * @param labels nodes per label, in label order (a node with two labels counts under both)
 * @param types relationships per type, in type order
 */
record BackupCounts(
        long nodes, long relationships, Map<String, Long> labels, Map<String, Long> types) {

    static BackupCounts read(Transaction tx) {
        Map<String, Long> labels = new LinkedHashMap<>();
        tx.run(
                        """
                        MATCH (n) WHERE NOT n:__Migration
                        UNWIND labels(n) AS label
                        RETURN label, count(*) AS count ORDER BY label
                        """)
                .forEachRemaining(r -> labels.put(r.get("label").asString(), r.get(1).asLong()));
        Map<String, Long> types = new LinkedHashMap<>();
        tx.run(
                        """
                        MATCH (a)-[r]->(b) WHERE NOT a:__Migration AND NOT b:__Migration
                        RETURN type(r) AS type, count(*) AS count ORDER BY type
                        """)
                .forEachRemaining(r -> types.put(r.get("type").asString(), r.get(1).asLong()));
        long nodes =
                tx.run("MATCH (n) WHERE NOT n:__Migration RETURN count(n) AS nodes")
                        .single()
                        .get("nodes")
                        .asLong();
        long relationships = types.values().stream().mapToLong(Long::longValue).sum();
        return new BackupCounts(nodes, relationships, labels, types);
    }

    /** The header line: the format, its version, the application's version, the counts. */
    ObjectNode header() {
        ObjectNode header = JSON.createObjectNode();
        header.put(BackupFormat.HEADER_FORMAT, BackupFormat.FORMAT);
        header.put(BackupFormat.HEADER_VERSION, BackupFormat.VERSION);
        header.put(BackupFormat.HEADER_MAILLAGE, BackupFormat.maillageVersion());
        header.put(BackupFormat.NODES, nodes);
        header.put(BackupFormat.RELATIONSHIPS, relationships);
        header.set(BackupFormat.LABEL_COUNTS, JSON.valueToTree(labels));
        header.set(BackupFormat.TYPE_COUNTS, JSON.valueToTree(types));
        return header;
    }
}
