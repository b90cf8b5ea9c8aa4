package coop.maillage.seed.generator;

import coop.maillage.seed.CsvFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every file of the territory open at once, each row written straight to disk: the generator never
 * holds a file's rows in memory. Rows end with a line feed so that the files are the same bytes on
 * every platform.
 */
final class CsvSink implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Path directory;
    private final Map<CsvFile, CSVPrinter> printers = new EnumMap<>(CsvFile.class);
    private final Map<CsvFile, Long> rows = new EnumMap<>(CsvFile.class);

    CsvSink(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
        try {
            for (CsvFile file : CsvFile.values()) {
                BufferedWriter writer =
                        new BufferedWriter(
                                Files.newBufferedWriter(
                                        directory.resolve(file.fileName()), StandardCharsets.UTF_8),
                                BUFFER_BYTES);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT);
                printers.put(file, printer);
                printer.printRecord(file.header());
                rows.put(file, 0L);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Writes one row; {@code null} cells are written empty. */
    void row(CsvFile file, Object... cells) {
        try {
            printers.get(file).printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(file.fileName()), e);
        }
        rows.merge(file, 1L, Long::sum);
    }

    long rows(CsvFile file) {
        return rows.get(file);
    }

    GenerationSummary summary() {
        return new GenerationSummary(directory, rows);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CSVPrinter printer : printers.values()) {
            try {
                printer.close(true);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
