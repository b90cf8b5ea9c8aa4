package coop.maillage.cli;

import java.util.Locale;

/** The output formats of {@code analyse}. */
enum OutputFormat {
    /** One JSON document: input, options, graph, nodes, groups, timeline. */
    JSON,
    /** One CSV table: a row per node, or a row per year with {@code --timeline}. */
    CSV;

    /** The name on the command line and in the output: {@code json}, {@code csv}. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
