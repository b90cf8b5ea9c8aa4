package coop.maillage.backup;

import static coop.maillage.backup.BackupFormat.JSON;

import coop.maillage.neo4j.Database;
import coop.maillage.store.AuditTrail;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a logical backup of the database through the driver, the same way for the embedded
 * database and for an external server or cluster: every node (schema-migration records aside) and
 * every relationship, with their property types, as gzip'd JSON lines ({@code docs/backup.md}).
 *
 * <p>It runs in one read transaction. Nodes and then relationships each come from one query ordered
 * by a key that does not depend on the database, streamed by the driver in batches of its fetch
 * size: the client never holds the whole file (only the set of node keys written, to check that
 * every relationship refers to one), and there are no {@code SKIP} pages, which would cost O(n)
 * each. Neo4j transactions read committed data, not a snapshot: a write committed while the backup
 * runs could make it inconsistent, so the backup checks its counts and its relationships' ends, and
 * fails, asking to run it again, if the data changed under it.
 */
@Service
public class BackupService {

    private static final int GZIP_BUFFER = 1 << 16;

    private final Database database;
    private final AuditTrail audit;

    BackupService(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /**
     * Records in the audit trail that a backup, which holds every name and quote, was handed out as
     * {@code fileName}; before the backup is read, so that no write runs under it.
     */
    public void recordDownload(String fileName) {
        database.write(
                tx -> {
                    audit.record(tx, "backup", "database", fileName, "downloaded");
                    return null;
                });
    }

    /** What a backup holds. */
    public record Summary(long nodes, long relationships) {}

    /**
     * Writes the backup to {@code out}, which is flushed but not closed.
     *
     * @throws BackupException when the data changed while the backup ran, or holds something a
     *     backup cannot keep; what was written to {@code out} must then be thrown away
     */
    public Summary backup(OutputStream out) {
        SessionConfig config =
                SessionConfig.builder()
                        .withDatabase(database.sessionConfig().database().orElse("neo4j"))
                        .withDefaultAccessMode(AccessMode.READ)
                        .build();
        // Not a managed transaction: a retry after bytes reached the output would corrupt it.
        try (Session session = database.driver().session(config);
                Transaction tx = session.beginTransaction()) {
            Summary summary = write(tx, out);
            tx.commit();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Summary write(Transaction tx, OutputStream out) throws IOException {
        BackupCounts counts = BackupCounts.read(tx);
        NodeKeys keys = new NodeKeys(sharedKeys(tx));
        GZIPOutputStream gzip = new GZIPOutputStream(out, GZIP_BUFFER);
        Writer writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
        line(writer, counts.header());
        long nodes = writeNodes(tx, keys, writer);
        long relationships = writeRelationships(tx, keys, writer);
        if (nodes != counts.nodes() || relationships != counts.relationships()) {
            throw changed(
                    "it counted "
                            + counts.nodes()
                            + " nodes and "
                            + counts.relationships()
                            + " relationships, then read "
                            + nodes
                            + " and "
                            + relationships);
        }
        ObjectNode end = JSON.createObjectNode();
        end.put(BackupFormat.END, true);
        end.put(BackupFormat.NODES, nodes);
        end.put(BackupFormat.RELATIONSHIPS, relationships);
        line(writer, end);
        writer.flush();
        gzip.finish();
        out.flush();
        return new Summary(nodes, relationships);
    }

    private static Set<List<Object>> sharedKeys(Transaction tx) {
        Set<List<Object>> shared = new HashSet<>();
        tx.run(
                        """
                        MATCH (n) WHERE NOT n:__Migration
                          AND coalesce(n.id, n.username, n.name) IS :: STRING NOT NULL
                        WITH COLLECT { UNWIND labels(n) AS label RETURN label ORDER BY label }
                                 AS labels,
                             coalesce(n.id, n.username, n.name) AS id, count(*) AS copies
                        WHERE copies > 1
                        RETURN labels, id
                        """)
                .forEachRemaining(
                        r -> shared.add(List.of(labels(r.get("labels")), r.get("id").asString())));
        return shared;
    }

    private static long writeNodes(Transaction tx, NodeKeys keys, Writer writer)
            throws IOException {
        Result result =
                tx.run(
                        """
                        MATCH (n) WHERE NOT n:__Migration
                        WITH n, COLLECT { UNWIND labels(n) AS label RETURN label ORDER BY label }
                                    AS labels
                        RETURN labels, coalesce(n.id, n.username, n.name) AS id, elementId(n) AS element,
                               properties(n) AS properties
                        ORDER BY labels, id, element
                        """);
        long count = 0;
        while (result.hasNext()) {
            Record r = result.next();
            List<String> labels = labels(r.get("labels"));
            String key = keys.key(labels, r.get("id").asObject(), r.get("element").asString());
            keys.written(key);
            ObjectNode line = JSON.createObjectNode();
            line.put(BackupFormat.NODE, key);
            line.set(BackupFormat.LABELS, JSON.valueToTree(labels));
            line.set(
                    BackupFormat.PROPERTIES,
                    PropertyCodec.encode(r.get("properties").asMap(v -> v), "node " + key));
            line(writer, line);
            count++;
        }
        return count;
    }

    private static long writeRelationships(Transaction tx, NodeKeys keys, Writer writer)
            throws IOException {
        Result result =
                tx.run(
                        """
                        MATCH (a)-[r]->(b) WHERE NOT a:__Migration AND NOT b:__Migration
                        WITH a, r, b,
                             COLLECT { UNWIND labels(a) AS label RETURN label ORDER BY label }
                                 AS startLabels,
                             COLLECT { UNWIND labels(b) AS label RETURN label ORDER BY label }
                                 AS endLabels
                        RETURN type(r) AS type, startLabels,
                               coalesce(a.id, a.username, a.name) AS startId,
                               elementId(a) AS startElement, endLabels,
                               coalesce(b.id, b.username, b.name) AS endId,
                               elementId(b) AS endElement, r.id AS id, elementId(r) AS element,
                               properties(r) AS properties
                        ORDER BY type, startLabels, startId, endLabels, endId, id, element
                        """);
        long count = 0;
        while (result.hasNext()) {
            Record r = result.next();
            String start = endKey(keys, r, "start");
            String end = endKey(keys, r, "end");
            String type = r.get("type").asString();
            ObjectNode line = JSON.createObjectNode();
            line.put(BackupFormat.RELATIONSHIP, type);
            line.put(BackupFormat.START, start);
            line.put(BackupFormat.END_NODE, end);
            line.set(
                    BackupFormat.PROPERTIES,
                    PropertyCodec.encode(
                            r.get("properties").asMap(v -> v),
                            "relationship " + type + " from " + start + " to " + end));
            line(writer, line);
            count++;
        }
        return count;
    }

    private static String endKey(NodeKeys keys, Record r, String end) {
        String key =
                keys.key(
                        labels(r.get(end + "Labels")),
                        r.get(end + "Id").asObject(),
                        r.get(end + "Element").asString());
        if (!keys.isWritten(key)) {
            throw changed("a relationship refers to node " + key + ", created after the nodes");
        }
        return key;
    }

    private static List<String> labels(Value labels) {
        return labels.asList(Value::asString);
    }

    private static BackupException changed(String what) {
        return new BackupException(
                "The data changed while the backup ran ("
                        + what
                        + "); run the backup again when no one is writing");
    }

    private static void line(Writer writer, ObjectNode json) throws IOException {
        writer.write(JSON.writeValueAsString(json));
        writer.write('\n');
    }
}
