package coop.maillage.analysis;

import coop.maillage.hypothesis.Hypotheses;
import coop.maillage.hypothesis.HypothesisQuery;
import coop.maillage.hypothesis.HypothesisReport;
import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.AnalysisResult;
import coop.maillage.metrics.BetweennessMode;
import coop.maillage.metrics.NetworkAnalyser;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.StoreNetworkReader;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import coop.maillage.web.BadParameterException;
import java.time.Year;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Answers the analysis endpoints: reads the territory's temporal network from the store, cuts the
 * snapshot or the range of years asked for and hands it to the pure analysis code, within {@link
 * AnalysisLimits}. Betweenness is exact up to {@value #EXACT_BETWEENNESS_MAX_NODES} nodes in a
 * snapshot and sampled from {@link AnalysisOptions#DEFAULT_BETWEENNESS_SAMPLES} sources above; a
 * timeline or the hypotheses are refused when years × (permutations + 1) × (actors + ties) exceeds
 * {@value #COST_BUDGET}.
 */
@Service
public class AnalysisService {

    /** Snapshots with more nodes get sampled betweenness: exact is O(nm). */
    public static final int EXACT_BETWEENNESS_MAX_NODES = 5_000;

    /** The largest years × (permutations + 1) × (actors + ties) of one request. */
    public static final long COST_BUDGET = 1_000_000_000L;

    static final int HYPOTHESES_DEFAULT_PERMUTATIONS = 1000;

    private final StoreNetworkReader reader;
    private final AnalysisLimits limits;

    AnalysisService(StoreNetworkReader reader, AnalysisLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    /**
     * How betweenness was computed.
     *
     * @param mode {@code EXACT}, or {@code SAMPLED} above {@link #EXACT_BETWEENNESS_MAX_NODES}
     * @param sources the sources swept: every node, or the sample
     */
    public record Betweenness(BetweennessMode mode, int sources) {}

    /** A snapshot with its analysis. */
    public record Analysed(
            int year, Snapshot snapshot, AnalysisResult result, Betweenness betweenness) {}

    /** The temporal network of the parameters' territory. */
    public TemporalNetwork network(AnalysisParameters parameters) {
        TemporalNetwork network = reader.read(parameters.territory());
        String groupBy = parameters.groupBy();
        if (groupBy != null && !network.nodes().isEmpty() && !network.hasAttribute(groupBy)) {
            throw new BadParameterException(
                    "groupBy",
                    "no actor has the attribute \""
                            + groupBy
                            + "\"; use one of "
                            + String.join(", ", network.attributeNames()));
        }
        return network;
    }

    /** The snapshot of the parameters' year (default: the last year with data), analysed. */
    public Analysed analyse(AnalysisParameters parameters) {
        TemporalNetwork network = network(parameters);
        int year = parameters.year() != null ? parameters.year() : lastYear(network);
        Snapshot snapshot = SnapshotBuilder.build(network, parameters.snapshot(year));
        AnalysisOptions options = parameters.options(AnalysisOptions.DEFAULT_PERMUTATIONS);
        Betweenness betweenness = betweenness(snapshot.graph().vertexSet().size());
        AnalysisOptions chosen =
                betweenness.mode() == BetweennessMode.SAMPLED
                        ? options.withSampledBetweenness(betweenness.sources())
                        : options;
        AnalysisResult result =
                limits.run(
                        () ->
                                NetworkAnalyser.analyse(
                                        snapshot.graph(),
                                        Timeline.groups(snapshot, parameters.groupBy()),
                                        chosen));
        return new Analysed(year, snapshot, result, betweenness);
    }

    /** Exact betweenness up to {@link #EXACT_BETWEENNESS_MAX_NODES} nodes, sampled above. */
    static Betweenness betweenness(int nodes) {
        return nodes > EXACT_BETWEENNESS_MAX_NODES
                ? new Betweenness(
                        BetweennessMode.SAMPLED, AnalysisOptions.DEFAULT_BETWEENNESS_SAMPLES)
                : new Betweenness(BetweennessMode.EXACT, nodes);
    }

    /** Graph metrics year by year over the parameters' range (default: every year with data). */
    public List<Timeline.Row> timeline(AnalysisParameters parameters) {
        TemporalNetwork network = network(parameters);
        YearRange years = range(network, parameters);
        AnalysisOptions options =
                parameters.options(AnalysisParameters.TIMELINE_DEFAULT_PERMUTATIONS);
        requireWithinBudget(network, years, options.permutations(), "timeline");
        return limits.run(
                () ->
                        Timeline.compute(
                                network,
                                new Timeline.Query(
                                        years,
                                        Boolean.TRUE.equals(parameters.cumulative()),
                                        parameters.layerSet(),
                                        Boolean.TRUE.equals(parameters.withoutPole()),
                                        parameters.groupBy(),
                                        options)));
    }

    /** The hypotheses answered over the parameters' range (default: every year with data). */
    public HypothesisReport hypotheses(AnalysisParameters parameters) {
        TemporalNetwork network = network(parameters);
        YearRange years = range(network, parameters);
        AnalysisOptions options = parameters.options(HYPOTHESES_DEFAULT_PERMUTATIONS);
        requireWithinBudget(network, years, options.permutations(), "hypotheses");
        return limits.run(
                () ->
                        Hypotheses.answer(
                                network,
                                new HypothesisQuery(
                                        years,
                                        parameters.layerSet(),
                                        Boolean.TRUE.equals(parameters.cumulative()),
                                        parameters.groupBy(),
                                        options)));
    }

    /**
     * Refuses a request whose cost, years × (permutations + 1) × (actors + ties), exceeds {@link
     * #COST_BUDGET}, naming what to reduce.
     */
    static void requireWithinBudget(
            TemporalNetwork network, YearRange years, int permutations, String what) {
        requireWithinBudget(
                (long) years.last() - years.first() + 1,
                permutations,
                (long) network.nodes().size() + network.ties().size(),
                what);
    }

    static void requireWithinBudget(long count, int permutations, long size, String what) {
        long cost = count * (permutations + 1L) * Math.max(1, size);
        if (cost <= COST_BUDGET) {
            return;
        }
        long fitting = COST_BUDGET / (count * Math.max(1, size)) - 1;
        throw new BadParameterException(
                "permutations",
                "this "
                        + what
                        + " would cost "
                        + count
                        + " years × "
                        + (permutations + 1)
                        + " (permutations + 1) × "
                        + size
                        + " actors and ties = "
                        + cost
                        + ", over the budget of "
                        + COST_BUDGET
                        + "; ask for fewer years (from, to)"
                        + (fitting >= 0 ? ", or at most " + fitting + " permutations" : "")
                        + ", or analyse a smaller territory");
    }

    /** The range of years asked for, checked, or every year with data. */
    public static YearRange range(TemporalNetwork network, AnalysisParameters parameters) {
        YearRange data =
                network.yearRange()
                        .orElse(new YearRange(Year.now().getValue(), Year.now().getValue()));
        int first = parameters.from() != null ? parameters.from() : firstYear(network, data);
        int last =
                parameters.to() != null
                        ? parameters.to()
                        : Math.min(data.last(), lastYear(network));
        if (last < first) {
            throw new BadParameterException(
                    "to", "the last year (" + last + ") is before the first (" + first + ")");
        }
        if (last - first + 1 > AnalysisParameters.MAX_YEARS) {
            throw new BadParameterException(
                    "from", "at most " + AnalysisParameters.MAX_YEARS + " years at a time");
        }
        return new YearRange(first, last);
    }

    /**
     * The default first year: the pole's founding year when the network has a dated pole (the
     * hypotheses ask how cooperation changed while the pole worked), else the first year a tie
     * starts. Older ties of partners, decades before the pole, would only dilute the trends.
     */
    static int firstYear(TemporalNetwork network, YearRange data) {
        int firstTie = firstTieYear(network, data);
        return network.nodes().stream()
                .filter(node -> SnapshotBuilder.isPole(network, node))
                .map(node -> node.interval().from())
                .filter(java.util.Objects::nonNull)
                .mapToInt(java.time.LocalDate::getYear)
                .filter(year -> year <= Math.min(data.last(), lastYear(network)))
                .min()
                .orElse(firstTie);
    }

    /**
     * The first year in which a tie starts: before it every snapshot is empty, and empty years
     * would only dilute the trends (an actor's founding date may lie decades before the pole).
     */
    static int firstTieYear(TemporalNetwork network, YearRange data) {
        return network.ties().stream()
                .map(tie -> tie.interval().from())
                .filter(java.util.Objects::nonNull)
                .mapToInt(java.time.LocalDate::getYear)
                .min()
                .orElse(data.first());
    }

    /**
     * The last year with data, not after the current year: open intervals and planned dates do not
     * push the default snapshot into the future.
     */
    static int lastYear(TemporalNetwork network) {
        int now = Year.now().getValue();
        return network.yearRange().map(r -> Math.min(r.last(), now)).orElse(now);
    }
}
