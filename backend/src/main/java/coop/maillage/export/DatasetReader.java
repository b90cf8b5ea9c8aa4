package coop.maillage.export;

import coop.maillage.seed.CsvFile;
import coop.maillage.seed.FileTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;

/**
 * Reads every record of the store as the files of the CSV data format, in one read transaction: for
 * each {@link FileTarget}, its nodes (by label) or its relationships (by type, with the ids of
 * their two ends in the reference columns). Properties that are bookkeeping of this database
 * ({@code version}, the optimistic-locking counter; names starting with {@code __}) are left out:
 * an import starts its own. Any other property beyond the format's columns becomes an extra column.
 */
final class DatasetReader {

    /** Properties that only make sense inside the database that holds them. */
    static final String VERSION = "version";

    private DatasetReader() {}

    /** The tables, in the order of {@link CsvFile}. */
    static List<DatasetTable> read(TransactionContext tx) {
        Map<CsvFile, DatasetTable> tables = new EnumMap<>(CsvFile.class);
        for (FileTarget target : FileTarget.ALL) {
            List<Map<String, Object>> rows =
                    target.node() ? nodes(tx, target) : relationships(tx, target);
            tables.put(target.file(), new DatasetTable(target.file(), columns(target, rows), rows));
        }
        return List.copyOf(tables.values());
    }

    private static List<Map<String, Object>> nodes(TransactionContext tx, FileTarget target) {
        // The label comes from FileTarget's constants, never from a request.
        return tx.run("MATCH (n:" + target.label() + ") RETURN properties(n) AS p ORDER BY n.id")
                .list(row -> clean(row.get("p").asMap()));
    }

    private static List<Map<String, Object>> relationships(
            TransactionContext tx, FileTarget target) {
        String endLabels =
                String.join(
                        " OR ", target.end().labels().stream().map(label -> "b:" + label).toList());
        // Types and labels come from FileTarget's constants, never from a request.
        String cypher =
                "MATCH (a:"
                        + target.start().labels().get(0)
                        + ")-[r:"
                        + target.type()
                        + "]->(b) WHERE "
                        + endLabels
                        + " RETURN a.id AS start, b.id AS end, properties(r) AS p ORDER BY r.id";
        return tx.run(cypher)
                .list(
                        row -> {
                            Map<String, Object> values = clean(row.get("p").asMap());
                            values.put(target.start().column(), row.get("start").asString(null));
                            values.put(target.end().column(), row.get("end").asString(null));
                            return values;
                        });
    }

    private static Map<String, Object> clean(Map<String, Object> properties) {
        Map<String, Object> values = new LinkedHashMap<>(properties);
        values.keySet().removeIf(key -> key.equals(VERSION) || key.startsWith("__"));
        return values;
    }

    private static List<String> columns(FileTarget target, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>(target.file().header());
        TreeSet<String> extra = new TreeSet<>();
        rows.forEach(row -> extra.addAll(row.keySet()));
        extra.removeAll(columns);
        columns.addAll(extra);
        return columns;
    }

    /** The ids of the actors that are natural persons, read from the actors' table. */
    static java.util.Set<String> persons(List<DatasetTable> tables) {
        Map<String, Boolean> persons = new HashMap<>();
        for (DatasetTable table : tables) {
            if (table.file() == CsvFile.ACTORS) {
                table.rows()
                        .forEach(
                                row ->
                                        persons.put(
                                                (String) row.get("id"),
                                                Boolean.TRUE.equals(row.get("person"))));
            }
        }
        persons.values().removeIf(person -> !person);
        return persons.keySet();
    }
}
