package coop.maillage.export;

import coop.maillage.network.Interval;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link ExportGraph} as two CSV files (RFC 4180, UTF-8 without byte-order mark, comma,
 * CRLF): {@code nodes.csv} with {@code id} and one column per attribute, and {@code edges.csv} with
 * {@code source}, {@code target}, {@code weight} and the edge attributes; for the whole history
 * both end with {@code from}/{@code to} (ISO dates, empty for an open end) and an edge active in
 * several disjoint intervals has one row per interval. An empty cell is an unknown value. Both
 * files together are a zip, as {@code analyse --input} reads it.
 */
final class CsvGraphWriter {

    static final String NODES = "nodes.csv";
    static final String EDGES = "edges.csv";

    private CsvGraphWriter() {}

    /** Writes {@code nodes.csv} and {@code edges.csv} in a zip. */
    static void writeZip(ExportGraph graph, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        ZipEntries.next(zip, NODES);
        writeNodes(graph, zip);
        ZipEntries.next(zip, EDGES);
        writeEdges(graph, zip);
        zip.closeEntry();
        zip.finish();
    }

    /** Writes {@code nodes.csv}; the stream stays open. */
    static void writeNodes(ExportGraph graph, OutputStream out) throws IOException {
        List<String> keys = graph.nodeKeys();
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(keys);
        addTime(graph, header);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = printer(writer, header);
        for (ExportGraph.Node node : graph.nodes()) {
            List<String> row = new ArrayList<>(List.of(node.id()));
            keys.forEach(key -> row.add(node.attributes().get(key)));
            addTime(graph, row, node.interval());
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** Writes {@code edges.csv}; the stream stays open. */
    static void writeEdges(ExportGraph graph, OutputStream out) throws IOException {
        List<String> keys = graph.edgeKeys();
        List<String> header = new ArrayList<>(List.of("source", "target", "weight"));
        header.addAll(keys);
        addTime(graph, header);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = printer(writer, header);
        for (ExportGraph.Edge edge : graph.edges()) {
            for (Interval spell : edge.spells()) {
                List<String> row =
                        new ArrayList<>(
                                List.of(edge.source(), edge.target(), Numbers.text(edge.weight())));
                keys.forEach(key -> row.add(edge.attributes().get(key)));
                addTime(graph, row, spell);
                csv.printRecord(row);
            }
        }
        csv.flush();
    }

    private static CSVPrinter printer(Writer writer, List<String> header) throws IOException {
        return new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    private static void addTime(ExportGraph graph, List<String> header) {
        if (graph.dynamic()) {
            header.add("from");
            header.add("to");
        }
    }

    private static void addTime(ExportGraph graph, List<String> row, Interval interval) {
        if (graph.dynamic()) {
            row.add(interval.from() == null ? null : interval.from().toString());
            row.add(interval.to() == null ? null : interval.to().toString());
        }
    }
}
