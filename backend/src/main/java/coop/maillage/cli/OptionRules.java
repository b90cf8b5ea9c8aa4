package coop.maillage.cli;

import coop.maillage.metrics.BetweennessMode;
import coop.maillage.network.Layer;
import java.nio.file.Path;
import java.util.List;

/**
 * The rules between the options of {@code analyse} that picocli cannot check alone. Each broken
 * rule throws a {@link CommandFailure} with exit status {@link CommandFailure#BAD_OPTIONS} and a
 * message that says what to write instead.
 */
final class OptionRules {

    private final Path input;
    private final Path nodes;
    private final Path edges;
    private final String groupBy;
    private final List<Layer> layers;

    OptionRules(Path input, Path nodes, Path edges, String groupBy, List<Layer> layers) {
        this.input = input;
        this.nodes = nodes;
        this.edges = edges;
        this.groupBy = groupBy;
        this.layers = layers;
    }

    /** One input: {@code --input}, or {@code --nodes} with {@code --edges}. */
    OptionRules checkInput() {
        if (input == null && nodes == null && edges == null) {
            throw CommandFailure.badOptions(
                    "no graph file: give --input FILE (or --nodes FILE --edges FILE)");
        }
        if (input != null && (nodes != null || edges != null)) {
            throw CommandFailure.badOptions(
                    "give either --input or --nodes with --edges, not both");
        }
        if (input == null && (nodes == null || edges == null)) {
            throw CommandFailure.badOptions(
                    (nodes == null ? "--edges needs --nodes" : "--nodes needs --edges")
                            + ": give both CSV files, or one path with --input");
        }
        if (groupBy != null && groupBy.isBlank()) {
            throw CommandFailure.badOptions(
                    "--group-by needs an attribute name, e.g. --group-by sector");
        }
        if (layers != null && layers.isEmpty()) {
            throw CommandFailure.badOptions(
                    "--layers needs at least one of collaborations, projects, workshops");
        }
        return this;
    }

    /** Years and the timeline. */
    OptionRules checkTime(
            boolean timeline, Integer from, Integer to, Integer year, boolean cumulative) {
        if (!timeline && (from != null || to != null)) {
            throw CommandFailure.badOptions(
                    "--from and --to bound the timeline: add --timeline (or use --year for one"
                            + " year)");
        }
        if (from != null && to != null && to < from) {
            throw CommandFailure.badOptions(
                    "--to " + to + " is before --from " + from + ": give the years in order");
        }
        if (cumulative && year == null && !timeline) {
            throw CommandFailure.badOptions(
                    "--cumulative needs --year or --timeline: without them the whole graph"
                            + " already holds every tie");
        }
        return this;
    }

    /** Null models and betweenness. */
    OptionRules checkAnalysis(int permutations, BetweennessMode betweenness, Integer samples) {
        if (permutations < 0) {
            throw CommandFailure.badOptions(
                    "--permutations is "
                            + permutations
                            + ": give 0 for no null model or a positive count such as 1000");
        }
        if (samples != null && betweenness != BetweennessMode.SAMPLED) {
            throw CommandFailure.badOptions(
                    "--samples applies to sampled betweenness: add --betweenness sampled");
        }
        if (samples != null && samples < 2) {
            throw CommandFailure.badOptions(
                    "--samples is " + samples + ": sampled betweenness needs at least 2 sources");
        }
        return this;
    }
}
