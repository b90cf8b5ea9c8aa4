package coop.maillage.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/**
 * The texts of {@code analyse --help} beyond the options: the output shapes, the exit statuses and
 * the metric glossary; and the version that {@code --version} prints.
 */
final class AnalyseHelp {

    /** The width of the help text. */
    static final int WIDTH = 100;

    /** The command as users type it, for the usage line. */
    static final String COMMAND_NAME = "java -jar maillage.jar analyse";

    private static final List<String> OUTPUT =
            List.of(
                    "Output, JSON (the default): {\"input\", \"options\", \"graph\": {graph"
                            + " metrics…}, \"nodes\": [{\"id\", node metrics…, \"brokerage\","
                            + " \"attributes\"}], \"groups\" (with --group-by), \"timeline\":"
                            + " [{\"year\", graph metrics…}] (with --timeline)}. Nodes are sorted"
                            + " by id; undefined values are null.",
                    "In JSON, \"bridges\" and \"articulationPoints\" are lists, counted by"
                            + " \"bridgeCount\" and \"articulationPointCount\"; \"communities\""
                            + " lists the Louvain communities, and each node's \"community\" is"
                            + " its index there.",
                    "Output, CSV: without --timeline, one row per node (id, node metrics,"
                            + " community, brokerage.* with --group-by, attributes.*); with"
                            + " --timeline, one row per year (year, graph metrics with"
                            + " bridgeCount and articulationPointCount, and with --group-by each"
                            + " group metric and its null model, e.g. eiIndexNullModel.pValue)."
                            + " An empty cell is an undefined value.",
                    "Exit status: 0 done; 1 the file cannot be read or analysed, or the output"
                            + " cannot be written; 2 bad options.",
                    "");

    private AnalyseHelp() {}

    /** The footer: output shapes, exit statuses, then every metric with its definition. */
    static String[] footer() {
        List<String> lines = new ArrayList<>(OUTPUT);
        // picocli formats help texts, so a literal % must be doubled
        MetricGlossary.lines(WIDTH).forEach(line -> lines.add(line.replace("%", "%%")));
        return lines.toArray(String[]::new);
    }

    /** The version of the jar, from its manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AnalyseHelp.class.getPackage().getImplementationVersion();
            return new String[] {
                "maillage analyse " + (version == null ? "(development build)" : version)
            };
        }
    }
}
