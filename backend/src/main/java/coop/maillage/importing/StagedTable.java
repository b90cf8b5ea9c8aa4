package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows copied from a source that can only be read from start to end in one go (a sheet, read by a
 * SAX parser), kept in a temporary CSV file with each row's place in the source as its first cell,
 * so that the rows can be read again and their problems still point to the source.
 */
record StagedTable(Path path, Place place, CsvFile entity) implements Table {

    @Override
    public Rows open() throws IOException {
        CsvTable.Cursor cursor = CsvTable.open(Files.newInputStream(path), ',');
        return new Rows() {
            @Override
            public List<String> header() {
                List<String> header = cursor.header();
                return header.isEmpty() ? header : header.subList(1, header.size());
            }

            @Override
            public SourceRow next() {
                SourceRow row = cursor.next();
                if (row == null) {
                    return null;
                }
                List<String> cells = row.cells();
                return new SourceRow(Long.parseLong(cells.get(0)), cells.subList(1, cells.size()));
            }

            @Override
            public void close() throws IOException {
                cursor.close();
            }
        };
    }

    /** Writes the rows of a staged table: the header first, then each row with its place. */
    static final class Writer implements AutoCloseable {

        private final CSVPrinter printer;
        private boolean header;

        Writer(Path path) throws IOException {
            java.io.Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        }

        /** Writes the header if none was written, else a row found at {@code line}. */
        void write(long line, List<String> cells) throws IOException {
            List<String> record = new ArrayList<>(cells.size() + 1);
            record.add(header ? Long.toString(line) : "line");
            record.addAll(cells);
            printer.printRecord(record);
            header = true;
        }

        boolean hasHeader() {
            return header;
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }
}
