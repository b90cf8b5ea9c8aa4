package coop.maillage.seed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a {@link CsvDataset} into Neo4j in one transaction: it lands whole or not at all. Records
 * are merged on their ids, so loading the same dataset twice changes nothing.
 */
public final class DatasetLoader {

    static final int BATCH = 5_000;

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public DatasetLoader(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    /**
     * What a dataset is, recorded as a {@code :Dataset} node so that the API and the UI can say
     * when the data is a demonstration.
     */
    public record Description(String id, String name, boolean demonstration, String note) {}

    /** Loads the dataset and records its description; returns the rows written per file. */
    public Map<CsvFile, Integer> load(CsvDataset dataset, Description description) {
        return load(dataset, description, (tx, counts) -> {});
    }

    /**
     * Loads the dataset, records its description, and runs {@code inTransaction} (e.g. an audit
     * record) in the same transaction; returns the rows written per file.
     */
    public Map<CsvFile, Integer> load(
            CsvDataset dataset,
            Description description,
            BiConsumer<TransactionContext, Map<CsvFile, Integer>> inTransaction) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(
                    tx -> {
                        Map<CsvFile, Integer> counts = new EnumMap<>(CsvFile.class);
                        for (FileTarget target : FileTarget.ALL) {
                            List<CsvDataset.Row> rows = dataset.rows(target.file());
                            for (int i = 0; i < rows.size(); i += BATCH) {
                                List<CsvDataset.Row> batch =
                                        rows.subList(i, Math.min(rows.size(), i + BATCH));
                                write(tx, target, batch);
                            }
                            counts.put(target.file(), rows.size());
                        }
                        describe(tx, description);
                        inTransaction.accept(tx, counts);
                        return counts;
                    });
        }
    }

    private static void write(TransactionContext tx, FileTarget target, List<CsvDataset.Row> rows) {
        if (target.node()) {
            writeNodes(tx, target, rows);
        } else {
            writeRelationships(tx, target, rows);
        }
    }

    private static void writeNodes(
            TransactionContext tx, FileTarget target, List<CsvDataset.Row> rows) {
        List<Map<String, Object>> params = new ArrayList<>();
        for (CsvDataset.Row row : rows) {
            params.add(withoutNulls(row.values()));
        }
        tx.run(
                        "UNWIND $rows AS row MERGE (n:"
                                + target.label()
                                + " {id: row.id})"
                                + " WITH n, row, n.version AS version"
                                + " SET n = row, n.version = coalesce(version, 1)",
                        Map.of("rows", params))
                .consume();
        for (FileTarget.Link link : target.links()) {
            tx.run(
                            "UNWIND $rows AS row WITH row WHERE row[$column] IS NOT NULL"
                                    + " MATCH (n:"
                                    + target.label()
                                    + " {id: row.id})"
                                    + " MATCH (t:"
                                    + link.label()
                                    + " {id: row[$column]})"
                                    + " MERGE (n)-[l:"
                                    + link.type()
                                    + "]->(t) SET l.provenance = n.provenance",
                            Map.of("rows", params, "column", link.column()))
                    .consume();
        }
    }

    private static void writeRelationships(
            TransactionContext tx, FileTarget target, List<CsvDataset.Row> rows) {
        List<Map<String, Object>> params = new ArrayList<>();
        for (CsvDataset.Row row : rows) {
            Map<String, Object> props = withoutNulls(row.values());
            Map<String, Object> param = new HashMap<>();
            param.put("start", props.remove(target.start().column()));
            param.put("end", props.remove(target.end().column()));
            param.put("id", props.get("id"));
            param.put("props", props);
            params.add(param);
        }
        tx.run(
                        "UNWIND $rows AS row"
                                + " MATCH (a:"
                                + target.start().labels().get(0)
                                + " {id: row.start})"
                                + endMatch(target.end())
                                + " MERGE (a)-[r:"
                                + target.type()
                                + " {id: row.id}]->(b)"
                                + " WITH r, row, r.version AS version"
                                + " SET r = row.props, r.version = coalesce(version, 1)",
                        Map.of("rows", params))
                .consume();
    }

    /** Matches the end node among its possible labels, each through its id index. */
    private static String endMatch(FileTarget.Reference end) {
        StringBuilder cypher = new StringBuilder();
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < end.labels().size(); i++) {
            String variable = "b" + i;
            cypher.append(" OPTIONAL MATCH (")
                    .append(variable)
                    .append(':')
                    .append(end.labels().get(i))
                    .append(" {id: row.end})");
            candidates.add(variable);
        }
        cypher.append(" WITH row, a, coalesce(")
                .append(String.join(", ", candidates))
                .append(") AS b WHERE b IS NOT NULL");
        return cypher.toString();
    }

    private static void describe(TransactionContext tx, Description description) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", description.id());
        params.put("name", description.name());
        params.put("demonstration", description.demonstration());
        params.put("note", description.note());
        tx.run(
                        """
                        MERGE (d:Dataset {id: $id})
                        SET d.name = $name, d.demonstration = $demonstration, d.note = $note
                        """,
                        params)
                .consume();
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.values().removeIf(v -> v == null);
        return copy;
    }
}
