package coop.maillage.report;

import coop.maillage.hypothesis.HypothesisReport;
import coop.maillage.metrics.BlockDensityTable;
import coop.maillage.metrics.GraphMetrics;
import java.util.List;

/**
 * Everything the annual impact report of one year shows, computed once and independent of the
 * language it is written in. Immutable.
 *
 * @param year the year reported on
 * @param poleName the pole's name
 * @param demonstration whether the data is the demonstration dataset
 * @param figures the key figures
 * @param graph the graph metrics of the year's cooperation network
 * @param map the cooperation map of the year
 * @param blocks density within and between sectors in the year, or null without sectors
 * @param hypotheses the hypotheses answered from the first year of ties to the report's year, with
 *     the yearly metrics the trend charts draw
 * @param bridges the main bridging actors of the year, by betweenness
 * @param indicators the indicators the pole asked for
 * @param provenance what the figures rest on
 * @param settings how the network was analysed
 */
public record ImpactReport(
        int year,
        String poleName,
        boolean demonstration,
        KeyFigures figures,
        GraphMetrics graph,
        NetworkMap map,
        BlockDensityTable blocks,
        HypothesisReport hypotheses,
        List<BridgingActor> bridges,
        List<Indicator> indicators,
        Provenance provenance,
        Settings settings) {

    public ImpactReport {
        bridges = List.copyOf(bridges);
        indicators = List.copyOf(indicators);
    }

    /**
     * How the network was analysed.
     *
     * @param layers the layers of ties, by name
     * @param permutations label permutations of the null models
     * @param seed the seed of every random choice
     * @param groupBy the attribute whose groups are the silos
     */
    public record Settings(List<String> layers, int permutations, long seed, String groupBy) {

        public Settings {
            layers = List.copyOf(layers);
        }
    }
}
