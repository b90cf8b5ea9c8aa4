package coop.maillage.hypothesis;

import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.AnalysisResult;
import coop.maillage.metrics.GraphMetrics;
import coop.maillage.metrics.GroupMetrics;
import coop.maillage.metrics.NetworkAnalyser;
import coop.maillage.network.Layer;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every graph-level metric, year by year: one snapshot per year of a range, analysed with the same
 * options. With a group attribute, the décloisonnement metrics and their null models too.
 */
public final class Timeline {

    private Timeline() {}

    /**
     * What to compute.
     *
     * @param years the years, inclusive
     * @param cumulative cumulative snapshots (every tie formed up to the year) or active ties
     * @param layers the layers whose ties count
     * @param withoutPole whether the pole is removed from each snapshot
     * @param groupBy the node attribute that defines groups (e.g. {@code sector}), or null
     * @param options the analysis options (null models, seed, betweenness mode…)
     */
    public record Query(
            YearRange years,
            boolean cumulative,
            Set<Layer> layers,
            boolean withoutPole,
            String groupBy,
            AnalysisOptions options) {

        /** The snapshot query of one year. */
        public SnapshotQuery snapshot(int year) {
            return new SnapshotQuery(year, cumulative, layers, withoutPole);
        }
    }

    /**
     * One year of the timeline.
     *
     * @param year the year
     * @param graph its graph-level metrics
     * @param groups its décloisonnement metrics, or null without a group attribute
     */
    public record Row(int year, GraphMetrics graph, GroupMetrics groups) {}

    /**
     * One year analysed in full: its snapshot and every metric, node metrics included.
     *
     * @param year the year
     * @param snapshot the snapshot cut for the year
     * @param result its analysis
     */
    public record Year(int year, Snapshot snapshot, AnalysisResult result) {

        /** The graph-level and group part of the analysis. */
        public Row row() {
            return new Row(year, result.graph(), result.groups());
        }
    }

    /** The rows of every year of the query's range, in year order. */
    public static List<Row> compute(TemporalNetwork network, Query query) {
        return analyse(network, query).stream().map(Year::row).toList();
    }

    /** Every year of the query's range analysed in full, in year order. */
    public static List<Year> analyse(TemporalNetwork network, Query query) {
        List<Year> years = new ArrayList<>();
        for (int year = query.years().first(); year <= query.years().last(); year++) {
            Snapshot snapshot = SnapshotBuilder.build(network, query.snapshot(year));
            AnalysisResult result =
                    NetworkAnalyser.analyse(
                            snapshot.graph(), groups(snapshot, query.groupBy()), query.options());
            years.add(new Year(year, snapshot, result));
        }
        return List.copyOf(years);
    }

    /** The group of each node of a snapshot by one of its attributes; null without attribute. */
    public static Map<String, String> groups(Snapshot snapshot, String attribute) {
        if (attribute == null) {
            return null;
        }
        Map<String, String> groups = new HashMap<>();
        snapshot.attributes()
                .forEach(
                        (node, attributes) -> {
                            String value = attributes.get(attribute);
                            if (value != null && !value.isBlank()) {
                                groups.put(node, value);
                            }
                        });
        return groups;
    }
}
