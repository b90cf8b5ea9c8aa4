package coop.maillage.cli;

import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.BrokerageRoles;
import coop.maillage.metrics.GroupMetrics;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.metrics.NullModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV output of {@code analyse} (RFC 4180, comma, {@code \n} line ends, header line): without
 * {@code --timeline}, one row per node sorted by id; with it, one row per year. Column names are
 * the JSON keys, nested ones joined by a dot ({@code brokerage.liaison}, {@code attributes.sector},
 * {@code eiIndexNullModel.pValue}); an undefined value is an empty cell.
 */
final class CsvReport {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CsvReport() {}

    /** The report as CSV text. */
    static String write(Analysis.Report report) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            if (report.timeline() == null) {
                writeNodes(printer, report);
            } else {
                writeYears(printer, report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeNodes(CSVPrinter printer, Analysis.Report report) throws IOException {
        boolean groups = report.result().groups() != null;
        Map<String, Map<String, String>> attributes = report.snapshot().attributes();
        TreeSet<String> names = new TreeSet<>();
        attributes.values().forEach(values -> names.addAll(values.keySet()));
        List<String> header = new ArrayList<>(List.of("id"));
        Fields.NODE.forEach(field -> header.add(field.name()));
        if (groups) {
            Fields.BROKERAGE.forEach(field -> header.add("brokerage." + field.name()));
        }
        names.forEach(name -> header.add("attributes." + name));
        printer.printRecord(header);
        List<NodeMetrics> nodes = new ArrayList<>(report.result().nodes());
        nodes.sort(Comparator.comparing(NodeMetrics::id));
        for (NodeMetrics node : nodes) {
            List<Object> row = new ArrayList<>(List.of(node.id()));
            Fields.NODE.forEach(field -> row.add(cell(field.of(node))));
            if (groups) {
                BrokerageRoles roles = node.brokerage();
                Fields.BROKERAGE.forEach(f -> row.add(roles == null ? null : cell(f.of(roles))));
            }
            Map<String, String> values = attributes.getOrDefault(node.id(), Map.of());
            names.forEach(name -> row.add(values.get(name)));
            printer.printRecord(row);
        }
    }

    private static void writeYears(CSVPrinter printer, Analysis.Report report) throws IOException {
        boolean groups = report.settings().groupBy() != null;
        List<String> header = new ArrayList<>(List.of("year"));
        Fields.GRAPH.forEach(field -> header.add(field.name()));
        if (groups) {
            for (Fields.GroupStatistic statistic : Fields.GROUP) {
                header.add(statistic.metric().id());
                Fields.NULL_MODEL.forEach(
                        f -> header.add(statistic.nullModelName() + "." + f.name()));
            }
        }
        printer.printRecord(header);
        for (Timeline.Row year : report.timeline()) {
            List<Object> row = new ArrayList<>(List.of(year.year()));
            Fields.GRAPH.forEach(field -> row.add(cell(field.of(year.graph()))));
            if (groups) {
                addGroups(row, year.groups());
            }
            printer.printRecord(row);
        }
    }

    private static void addGroups(List<Object> row, GroupMetrics groups) {
        for (Fields.GroupStatistic statistic : Fields.GROUP) {
            row.add(cell(statistic.value().apply(groups)));
            NullModel model = statistic.nullModel().apply(groups);
            Fields.NULL_MODEL.forEach(f -> row.add(model == null ? null : cell(f.of(model))));
        }
    }

    /** A cell: the value, or null (an empty cell) for NaN and infinities. */
    private static Object cell(Object value) {
        return value instanceof Double d && !Double.isFinite(d) ? null : value;
    }
}
