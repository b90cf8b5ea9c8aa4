package coop.maillage.cli;

import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.AnalysisResult;
import coop.maillage.metrics.NetworkAnalyser;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the analysis that {@link AnalyseSettings} describe on a network read from a file: the
 * metrics of one snapshot (the whole graph with time ignored, or one year) and, on demand, the
 * graph metrics of every year.
 */
final class Analysis {

    /** Any year will do: a snapshot of a network without time holds every node and tie. */
    private static final int ANY_YEAR = 0;

    /**
     * What one run computed.
     *
     * @param settings the options of the run
     * @param snapshot the snapshot analysed
     * @param result its metrics
     * @param years the years of the timeline, or null without one
     * @param timeline one row per year, or null without a timeline
     */
    record Report(
            AnalyseSettings settings,
            Snapshot snapshot,
            AnalysisResult result,
            YearRange years,
            List<Timeline.Row> timeline) {}

    private Analysis() {}

    /** Analyses {@code network} as {@code settings} say. */
    static Report run(TemporalNetwork network, AnalyseSettings settings) {
        checkGroupBy(network, settings);
        Snapshot snapshot =
                settings.year() == null
                        ? SnapshotBuilder.build(
                                TimelessNetwork.of(network),
                                new SnapshotQuery(
                                        ANY_YEAR, false, settings.layers(), settings.withoutPole()))
                        : SnapshotBuilder.build(
                                network,
                                new SnapshotQuery(
                                        settings.year(),
                                        settings.cumulative(),
                                        settings.layers(),
                                        settings.withoutPole()));
        AnalysisResult result =
                NetworkAnalyser.analyse(
                        snapshot.graph(),
                        Timeline.groups(snapshot, settings.groupBy()),
                        settings.analysis());
        if (!settings.timeline()) {
            return new Report(settings, snapshot, result, null, null);
        }
        YearRange years = timelineYears(network, settings);
        List<Timeline.Row> rows =
                Timeline.compute(
                        network,
                        new Timeline.Query(
                                years,
                                settings.cumulative(),
                                settings.layers(),
                                settings.withoutPole(),
                                settings.groupBy(),
                                settings.analysis()));
        return new Report(settings, snapshot, result, years, rows);
    }

    private static void checkGroupBy(TemporalNetwork network, AnalyseSettings settings) {
        String attribute = settings.groupBy();
        if (attribute == null || network.hasAttribute(attribute)) {
            return;
        }
        Set<String> names = network.attributeNames();
        throw CommandFailure.badOptions(
                "--group-by "
                        + attribute
                        + ": no actor of "
                        + settings.input().label()
                        + " has this attribute; "
                        + (names.isEmpty()
                                ? "its nodes have no attribute to group by"
                                : "use one of " + String.join(", ", names)));
    }

    private static YearRange timelineYears(TemporalNetwork network, AnalyseSettings settings) {
        Optional<YearRange> dated = network.yearRange();
        if (settings.from() != null && settings.to() != null) {
            return years(settings.from(), settings.to());
        }
        if (dated.isEmpty()) {
            throw CommandFailure.badInput(
                    settings.input().label()
                            + ": no node or tie is dated (from/to or start/end), so the file has"
                            + " no time axis — give --from and --to, or leave out --timeline");
        }
        int from = settings.from() != null ? settings.from() : dated.get().first();
        int to = settings.to() != null ? settings.to() : dated.get().last();
        return years(from, to);
    }

    private static YearRange years(int from, int to) {
        if (to < from) {
            throw CommandFailure.badOptions(
                    "the timeline would end ("
                            + to
                            + ") before it starts ("
                            + from
                            + ") — give --from and --to in order");
        }
        return new YearRange(from, to);
    }
}
