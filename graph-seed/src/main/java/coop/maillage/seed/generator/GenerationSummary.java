package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the generator wrote: the directory and the number of data rows (header excluded) of each
 * file, in the order of {@link CsvFile}.
 */
public record GenerationSummary(Path directory, Map<CsvFile, Long> rows) {

    public GenerationSummary {
        EnumMap<CsvFile, Long> copy = new EnumMap<>(CsvFile.class);
        for (CsvFile file : CsvFile.values()) {
            copy.put(file, rows.getOrDefault(file, 0L));
        }
        rows = Collections.unmodifiableMap(copy);
    }

    /** Data rows of one file. */
    public long rows(CsvFile file) {
        return rows.get(file);
    }
}
