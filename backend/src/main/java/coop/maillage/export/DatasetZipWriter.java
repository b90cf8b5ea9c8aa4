package coop.maillage.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes dataset tables as a zip of the CSV data format's files ({@code docs/data-format.md}): RFC
 * 4180, UTF-8, one header line, every file of the format even when empty. Dates are written {@code
 * yyyy-mm-dd}, which reads back as the same day whether it starts or ends an interval; booleans
 * {@code true}/{@code false}; whole numbers without a decimal point.
 */
final class DatasetZipWriter {

    private DatasetZipWriter() {}

    static void write(List<DatasetTable> tables, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (DatasetTable table : tables) {
            ZipEntries.next(zip, table.file().fileName());
            CSVPrinter csv =
                    new CSVPrinter(
                            new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                            CSVFormat.RFC4180
                                    .builder()
                                    .setHeader(table.columns().toArray(String[]::new))
                                    .get());
            for (Map<String, Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(table.columns().size());
                table.columns().forEach(column -> cells.add(cell(row.get(column))));
                csv.printRecord(cells);
            }
            csv.flush();
        }
        zip.closeEntry();
        zip.finish();
    }

    /** A value as the data format writes it; empty for none. */
    static String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double number) {
            return Numbers.text(number);
        }
        if (value instanceof Float number) {
            return Numbers.text(number.doubleValue());
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof List<?> list) {
            return String.join(";", list.stream().map(DatasetZipWriter::cell).toList());
        }
        return value.toString();
    }
}
