package coop.maillage.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;

/**
 * Merges one batch of rows of a {@link FileTarget} into the graph, record by record on its id, and
 * says what each row did: {@code created} (no record with that id), {@code updated} (the record
 * exists and a given value differs, or a relationship's ends differ), {@code unchanged}. An
 * unchanged record is not written, so its {@code version} stays; an updated one gets version + 1.
 *
 * <p>A row holds the columns that were given: a key with a null value clears that property, an
 * absent key leaves it as it is (a spreadsheet without a {@code commune} column keeps the communes
 * already stored). Provenance is never cleared: an empty one keeps the stored provenance, and a new
 * record without one gets the batch's default provenance.
 */
public final class RecordMerge {

    /** What a batch did, or would do. */
    public record Counts(long created, long updated, long unchanged) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(
                    created + other.created, updated + other.updated, unchanged + other.unchanged);
        }

        /** Rows created or updated. */
        public long written() {
            return created + updated;
        }
    }

    /** Whether the batch is written or only compared with the graph. */
    public enum Mode {
        WRITE,
        COMPARE
    }

    private static final String NODE_CHANGE =
            """
            UNWIND $rows AS row
            OPTIONAL MATCH (n:%s {id: row.id})
            WITH row, n, CASE
                WHEN n IS NULL THEN 'created'
                WHEN all(k IN keys(row.props) WHERE n[k] = row.props[k]
                         OR (n[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
                ELSE 'updated' END AS change
            """;

    private static final String NODE_WRITE =
            """
            CALL (row, change) {
                WITH row, change WHERE change = 'created'
                CREATE (m:%1$s)
                SET m += row.props, m.id = row.id,
                    m.provenance = coalesce(row.props.provenance, $provenance), m.version = 1
            }
            CALL (row, n, change) {
                WITH row, n, change WHERE change = 'updated'
                SET n += row.props, n.provenance = coalesce(n.provenance, $provenance),
                    n.version = coalesce(n.version, 0) + 1
            }
            """;

    private static final String RELATIONSHIP_CHANGE =
            """
            UNWIND $rows AS row
            OPTIONAL MATCH (a0)-[r:%s {id: row.id}]->(b0)
            WITH row, r, CASE
                WHEN r IS NULL THEN 'created'
                WHEN a0.id = row.start AND b0.id = row.end
                     AND all(k IN keys(row.props) WHERE r[k] = row.props[k]
                             OR (r[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
                ELSE 'updated' END AS change
            """;

    private static final String RELATIONSHIP_WRITE =
            """
            CALL (row, r, change) {
                WITH row, r, change WHERE change <> 'unchanged'
                MATCH (a:%1$s {id: row.start})
                %2$s
                WITH row, r, a, b, CASE WHEN r IS NULL THEN {} ELSE properties(r) END AS old
                DELETE r
                CREATE (a)-[s:%3$s]->(b)
                SET s = old, s += row.props, s.id = row.id,
                    s.provenance = coalesce(s.provenance, $provenance),
                    s.version = coalesce(old.version, 0) + 1
            }
            """;

    private static final String COUNT = "RETURN change, count(*) AS rows";

    private RecordMerge() {}

    /**
     * Merges (or compares) one batch. Each row maps column names to typed values as in {@link
     * CsvDataset.Row}; for a relationship file it holds its two reference columns.
     *
     * @param provenance the provenance of records that have none
     */
    public static Counts merge(
            TransactionContext tx,
            FileTarget target,
            List<Map<String, Object>> rows,
            String provenance,
            Mode mode) {
        if (rows.isEmpty()) {
            return Counts.NONE;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("provenance", provenance);
        Counts counts;
        if (target.node()) {
            params.put("rows", nodeRows(rows));
            String cypher = NODE_CHANGE.formatted(target.label());
            if (mode == Mode.WRITE) {
                cypher += NODE_WRITE.formatted(target.label());
            }
            counts = count(tx, cypher + COUNT, params);
            if (mode == Mode.WRITE) {
                writeLinks(tx, target, rows);
            }
        } else {
            params.put("rows", relationshipRows(target, rows));
            String cypher = RELATIONSHIP_CHANGE.formatted(target.type());
            if (mode == Mode.WRITE) {
                cypher +=
                        RELATIONSHIP_WRITE.formatted(
                                target.start().labels().get(0),
                                endMatch(target.end()),
                                target.type());
            }
            counts = count(tx, cypher + COUNT, params);
        }
        return counts;
    }

    private static Counts count(TransactionContext tx, String cypher, Map<String, Object> params) {
        long[] counts = new long[3];
        Result result = tx.run(cypher, params);
        result.list()
                .forEach(
                        record -> {
                            int index =
                                    switch (record.get("change").asString()) {
                                        case "created" -> 0;
                                        case "updated" -> 1;
                                        default -> 2;
                                    };
                            counts[index] += record.get("rows").asLong();
                        });
        // Consuming the summary lets the driver forget the batch; otherwise it keeps every
        // batch's parameters until the end of the transaction.
        result.consume();
        return new Counts(counts[0], counts[1], counts[2]);
    }

    /** The row's values to write: all given ones, but an empty provenance is no value. */
    private static Map<String, Object> props(Map<String, Object> row) {
        Map<String, Object> props = new HashMap<>(row);
        if (props.get("provenance") == null) {
            props.remove("provenance");
        }
        return props;
    }

    private static List<Map<String, Object>> nodeRows(List<Map<String, Object>> rows) {
        List<Map<String, Object>> params = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> props = props(row);
            Object id = props.remove("id");
            params.add(Map.of("id", id, "props", props));
        }
        return params;
    }

    private static List<Map<String, Object>> relationshipRows(
            FileTarget target, List<Map<String, Object>> rows) {
        List<Map<String, Object>> params = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> props = props(row);
            Object id = props.remove("id");
            Object start = props.remove(target.start().column());
            Object end = props.remove(target.end().column());
            params.add(Map.of("id", id, "start", start, "end", end, "props", props));
        }
        return params;
    }

    /**
     * Replaces the links (a workshop's event and project) of the rows that give the link's column:
     * the old relationship goes, the one to the named node is made.
     */
    private static void writeLinks(
            TransactionContext tx, FileTarget target, List<Map<String, Object>> rows) {
        for (FileTarget.Link link : target.links()) {
            List<Map<String, Object>> given = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                if (row.containsKey(link.column())) {
                    Map<String, Object> param = new HashMap<>();
                    param.put("id", row.get("id"));
                    param.put("target", row.get(link.column()));
                    given.add(param);
                }
            }
            tx.run(
                            """
                            UNWIND $rows AS row
                            MATCH (n:%1$s {id: row.id})
                            OPTIONAL MATCH (n)-[old:%2$s]->(t)
                            WITH row, n, old, t WHERE old IS NULL OR t.id <> row.target
                                OR row.target IS NULL
                            DELETE old
                            WITH DISTINCT row, n WHERE row.target IS NOT NULL
                            MATCH (t:%3$s {id: row.target})
                            MERGE (n)-[l:%2$s]->(t)
                            SET l.provenance = n.provenance
                            """
                                    .formatted(target.label(), link.type(), link.label()),
                            Map.of("rows", given))
                    .consume();
        }
    }

    /** Matches the end node among its possible labels, each through its id index. */
    private static String endMatch(FileTarget.Reference end) {
        StringBuilder cypher = new StringBuilder();
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < end.labels().size(); i++) {
            String variable = "b" + i;
            cypher.append("OPTIONAL MATCH (")
                    .append(variable)
                    .append(':')
                    .append(end.labels().get(i))
                    .append(" {id: row.end}) ");
            candidates.add(variable);
        }
        cypher.append("WITH row, r, a, coalesce(")
                .append(String.join(", ", candidates))
                .append(") AS b WHERE b IS NOT NULL");
        return cypher.toString();
    }
}
