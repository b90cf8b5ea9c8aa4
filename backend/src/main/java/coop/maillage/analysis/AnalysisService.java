package coop.maillage.analysis;

import coop.maillage.hypothesis.Hypotheses;
import coop.maillage.hypothesis.HypothesisQuery;
import coop.maillage.hypothesis.HypothesisReport;
import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.AnalysisResult;
import coop.maillage.metrics.BetweennessMode;
import coop.maillage.metrics.NetworkAnalyser;
import coop.maillage.network.NodeMode;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.StoreNetworkReader;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.YearRange;
import coop.maillage.privacy.Privacy;
import coop.maillage.web.BadParameterException;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Answers the analysis endpoints: reads the territory's temporal network from the store, cuts the
 * snapshot or the range of years asked for and hands it to the pure analysis code, within {@link
 * AnalysisLimits}. Betweenness is exact up to {@value #EXACT_BETWEENNESS_MAX_NODES} nodes in a
 * snapshot and sampled from {@link AnalysisOptions#DEFAULT_BETWEENNESS_SAMPLES} sources above; a
 * timeline or the hypotheses are refused when years × (permutations + 1) × (actors + ties) exceeds
 * {@value AnalysisBudget#COST_BUDGET} ({@link AnalysisBudget}).
 */
@Service
public class AnalysisService {

    /** Snapshots with more nodes get sampled betweenness: exact is O(nm). */
    public static final int EXACT_BETWEENNESS_MAX_NODES = 5_000;

    static final int HYPOTHESES_DEFAULT_PERMUTATIONS = 1000;

    private final StoreNetworkReader reader;
    private final Privacy privacy;
    private final AnalysisLimits limits;

    AnalysisService(StoreNetworkReader reader, Privacy privacy, AnalysisLimits limits) {
        this.reader = reader;
        this.privacy = privacy;
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

    /**
     * The temporal network of the parameters' territory, as the caller may see it: persons under
     * their pseudonym and without commune for users who may not see names, so that groups, labels
     * and sentences built from it reveal no more than the actor listing.
     */
    public TemporalNetwork network(AnalysisParameters parameters) {
        TemporalNetwork network = visible(reader.read(parameters.territory()));
        String groupBy = parameters.groupBy();
        if (groupBy != null && !network.nodes().isEmpty() && !network.hasAttribute(groupBy)) {
            List<String> present =
                    AnalysisParameters.GROUP_BY.stream().filter(network::hasAttribute).toList();
            throw new BadParameterException(
                    "groupBy",
                    "no actor has the attribute \""
                            + groupBy
                            + "\"; use one of "
                            + String.join(", ", present));
        }
        return network;
    }

    private TemporalNetwork visible(TemporalNetwork network) {
        if (!privacy.hidesNames()) {
            return network;
        }
        List<TemporalNode> nodes = network.nodes().stream().map(this::visible).toList();
        return new TemporalNetwork(
                nodes, network.ties(), network.poleId(), network.datedAttributes());
    }

    private TemporalNode visible(TemporalNode node) {
        if (node.mode() != NodeMode.ACTOR) {
            return node;
        }
        Map<String, String> seen = privacy.attributes(node.id(), node.attributes());
        return seen == node.attributes()
                ? node
                : new TemporalNode(node.id(), node.mode(), seen, node.interval());
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
        AnalysisBudget.require(network, years, options.permutations(), "timeline");
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
        AnalysisBudget.require(network, years, options.permutations(), "hypotheses");
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
