package coop.maillage.cli;

import coop.maillage.metrics.Metric;
import coop.maillage.metrics.MetricLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The list of metrics that {@code analyse --help} prints: each {@link Metric} id (its JSON key and
 * CSV column) with its one-line definition, drawn from the registry so that the help cannot drift
 * from the definitions page.
 */
final class MetricGlossary {

    private static final int ID_WIDTH = 26;
    private static final String INDENT = "  ";

    private static final Map<MetricLevel, String> HEADINGS =
            Map.of(
                    MetricLevel.GRAPH,
                    "Graph metrics (in \"graph\", in each \"timeline\" row and CSV timeline row):",
                    MetricLevel.NODE,
                    "Node metrics (in each of \"nodes\", and CSV node rows):",
                    MetricLevel.GROUP,
                    "Group metrics, with --group-by (in \"graph\" and \"groups\", with null"
                            + " models):");

    private MetricGlossary() {}

    /** The glossary as lines no wider than {@code width}. */
    static List<String> lines(int width) {
        List<String> lines = new ArrayList<>();
        for (MetricLevel level : MetricLevel.values()) {
            lines.add(HEADINGS.get(level));
            for (Metric metric : Metric.values()) {
                if (metric.level() == level) {
                    entry(lines, metric.id(), definition(metric), width);
                }
            }
        }
        return lines;
    }

    private static String definition(Metric metric) {
        return metric.labelEn().equals(metric.formula())
                ? metric.labelEn()
                : metric.labelEn() + ": " + metric.formula();
    }

    /** One id and its definition, the definition wrapped under itself. */
    private static void entry(List<String> lines, String id, String definition, int width) {
        String pad = " ".repeat(ID_WIDTH);
        StringBuilder line = new StringBuilder(INDENT + padded(id));
        boolean empty = true;
        for (String word : definition.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(INDENT + pad);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString());
    }

    private static String padded(String id) {
        return id.length() >= ID_WIDTH ? id + " " : id + " ".repeat(ID_WIDTH - id.length());
    }
}
