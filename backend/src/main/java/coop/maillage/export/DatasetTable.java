package coop.maillage.export;

import coop.maillage.seed.CsvFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file of the CSV data format as read from the store: the format's columns, then any other
 * property the records carry (in alphabetical order), and one row per record in id order.
 *
 * @param file the file of the format
 * @param columns the header
 * @param rows each record's values by column (Neo4j's Java types: String, Long, Double, Boolean,
 *     LocalDate…), absent when the record has none
 */
record DatasetTable(CsvFile file, List<String> columns, List<Map<String, Object>> rows) {

    DatasetTable {
        columns = List.copyOf(columns);
        rows =
                rows.stream()
                        .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row)))
                        .toList();
    }
}
