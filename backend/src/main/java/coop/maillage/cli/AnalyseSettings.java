package coop.maillage.cli;

import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.network.Layer;
import java.nio.file.Path;
import java.util.Set;

/**
 * The checked options of one {@code analyse} run.
 *
 * @param input the graph file(s)
 * @param year the year of the snapshot, or null for the whole graph with time ignored
 * @param cumulative whether snapshots hold every tie formed up to their year
 * @param timeline whether to add one row of graph metrics per year
 * @param from first year of the timeline, or null for the first year of the file
 * @param to last year of the timeline, or null for the last year of the file
 * @param layers the layers whose ties count
 * @param withoutPole whether the pole is removed
 * @param groupBy the node attribute that defines groups, or null
 * @param analysis options of the metrics engine
 * @param format the output format
 * @param out the output file, or null for standard output
 */
record AnalyseSettings(
        GraphInput input,
        Integer year,
        boolean cumulative,
        boolean timeline,
        Integer from,
        Integer to,
        Set<Layer> layers,
        boolean withoutPole,
        String groupBy,
        AnalysisOptions analysis,
        OutputFormat format,
        Path out) {

    AnalyseSettings {
        layers = Set.copyOf(layers);
    }
}
