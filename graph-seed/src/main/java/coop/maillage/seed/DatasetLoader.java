package coop.maillage.seed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Writes a {@link CsvDataset}, or rows streamed in batches, into Neo4j in one transaction: it lands
 * whole or not at all. Records are merged on their ids ({@link RecordMerge}): loading the same
 * dataset twice changes nothing, not even a version.
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
        return write(
                description,
                batches -> {
                    Map<CsvFile, Integer> counts = new EnumMap<>(CsvFile.class);
                    for (FileTarget target : FileTarget.ALL) {
                        List<CsvDataset.Row> rows = dataset.rows(target.file());
                        for (int i = 0; i < rows.size(); i += BATCH) {
                            List<Map<String, Object>> batch = new ArrayList<>();
                            for (CsvDataset.Row row :
                                    rows.subList(i, Math.min(rows.size(), i + BATCH))) {
                                batch.add(row.values());
                            }
                            batches.merge(target, batch, description.id());
                        }
                        counts.put(target.file(), rows.size());
                    }
                    return counts;
                },
                inTransaction);
    }

    /** Writes batches of rows, all in the transaction of one {@link #write} call. */
    @FunctionalInterface
    public interface Batches {

        /**
         * Merges one batch of rows of {@code target} ({@link RecordMerge}); records without
         * provenance get {@code provenance}.
         */
        RecordMerge.Counts merge(
                FileTarget target, List<Map<String, Object>> rows, String provenance);
    }

    /**
     * Runs {@code body}, which writes its rows in batches, then records the description and runs
     * {@code inTransaction} with the body's result, all in one transaction: everything lands or
     * nothing does. The rows can be streamed: only one batch need be in memory at a time.
     */
    public <T> T write(
            Description description,
            Function<Batches, T> body,
            BiConsumer<TransactionContext, T> inTransaction) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(
                    tx -> {
                        T result =
                                body.apply(
                                        (target, rows, provenance) ->
                                                merge(tx, target, rows, provenance));
                        describe(tx, description);
                        inTransaction.accept(tx, result);
                        return result;
                    });
        }
    }

    /**
     * Writes one batch; the database refusing the transaction's memory is not retried (the driver
     * retries transient errors by running the whole transaction again).
     */
    private static RecordMerge.Counts merge(
            TransactionContext tx,
            FileTarget target,
            List<Map<String, Object>> rows,
            String provenance) {
        try {
            return RecordMerge.merge(tx, target, rows, provenance, RecordMerge.Mode.WRITE);
        } catch (TransientException e) {
            if (TransactionTooLargeException.isMemoryLimit(e)) {
                throw new TransactionTooLargeException(e);
            }
            throw e;
        }
    }

    /**
     * Runs {@code body} with batches that are only compared with the graph, in one read
     * transaction: the counts say what {@link #write} would do.
     */
    public <T> T compare(Function<Batches, T> body) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(
                    tx ->
                            body.apply(
                                    (target, rows, provenance) ->
                                            RecordMerge.merge(
                                                    tx,
                                                    target,
                                                    rows,
                                                    provenance,
                                                    RecordMerge.Mode.COMPARE)));
        }
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
}
