package coop.maillage.report;

import coop.maillage.analysis.AnalysisParameters;
import coop.maillage.analysis.AnalysisService;
import coop.maillage.hypothesis.Hypotheses;
import coop.maillage.hypothesis.HypothesisQuery;
import coop.maillage.hypothesis.HypothesisReport;
import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.AnalysisResult;
import coop.maillage.metrics.NetworkAnalyser;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.network.Layer;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Builds the {@link ImpactReport} of a year from the records and the temporal network: the key
 * figures, the year's snapshot (default layers, ties active in the year) analysed by sector, its
 * map, the main bridging actors, the hypotheses from the first year of ties to the report's year,
 * the indicators and the provenance. Pure and deterministic: the null models and the layout are
 * seeded and every list is sorted, so the same data and year give the same report.
 */
final class ReportBuilder {

    /** The attribute whose groups are the silos. */
    static final String GROUP_BY = HypothesisQuery.DEFAULT_GROUP_BY;

    /** How many bridging actors the report lists. */
    static final int BRIDGES = 10;

    /** How many of them the map names. */
    static final int MAP_LABELS = 5;

    private ReportBuilder() {}

    /**
     * The report of {@code year}.
     *
     * @param pseudonym the pseudonym of a natural person's id: the report is for funders, so
     *     persons are never named
     */
    static ImpactReport build(
            ReportFacts facts, TemporalNetwork network, int year, UnaryOperator<String> pseudonym) {
        AnalysisOptions options = AnalysisOptions.DEFAULTS;
        Snapshot snapshot = SnapshotBuilder.build(network, SnapshotQuery.ofYear(year));
        AnalysisResult result =
                NetworkAnalyser.analyse(
                        snapshot.graph(),
                        Timeline.groups(snapshot, GROUP_BY),
                        options.withPermutations(0));
        UnaryOperator<String> names = names(facts, snapshot, pseudonym);
        List<BridgingActor> bridges = bridges(snapshot, result, names, persons(facts));
        HypothesisReport hypotheses =
                Hypotheses.answer(
                        network,
                        new HypothesisQuery(
                                hypothesisYears(network, facts, year), null, false, null, options));
        return new ImpactReport(
                year,
                facts.poleName(),
                facts.demonstration(),
                YearFigures.of(facts, year),
                result.graph(),
                MapDrawing.of(snapshot, result, network.poleId(), numbered(bridges)),
                result.groups() == null ? null : result.groups().blockDensity(),
                hypotheses,
                bridges,
                Indicators.of(facts, year),
                Provenances.of(facts, year),
                new ImpactReport.Settings(
                        Layer.DEFAULTS.stream().sorted().map(Layer::jsonName).toList(),
                        options.permutations(),
                        options.seed(),
                        GROUP_BY));
    }

    /**
     * From the pole's creation (the start of its actor) to the report's year: the report asks what
     * changed while the pole worked. Without a dated pole, from the first year a tie starts, as the
     * analysis endpoints do.
     */
    static YearRange hypothesisYears(TemporalNetwork network, ReportFacts facts, int year) {
        Integer created =
                facts.actors().stream()
                        .filter(a -> a.id().equals(facts.poleId()) && a.from() != null)
                        .map(a -> a.from().getYear())
                        .findFirst()
                        .orElse(null);
        if (created != null && created <= year) {
            return new YearRange(created, year);
        }
        AnalysisParameters parameters =
                new AnalysisParameters(
                        null, null, null, year, null, null, null, null, null, null, null);
        YearRange range = AnalysisService.range(network, parameters);
        return new YearRange(Math.min(range.first(), year), year);
    }

    /** The natural persons among the actors. */
    static Set<String> persons(ReportFacts facts) {
        return facts.actors().stream()
                .filter(ReportFacts.Actor::person)
                .map(ReportFacts.Actor::id)
                .collect(Collectors.toSet());
    }

    /**
     * How the report names an actor: its pseudonym when it is a natural person (the report is for
     * funders, whoever asks for it), else its name, else its id.
     */
    static UnaryOperator<String> names(
            ReportFacts facts, Snapshot snapshot, UnaryOperator<String> pseudonym) {
        Set<String> persons = persons(facts);
        Map<String, String> recorded = new HashMap<>();
        facts.actors().forEach(a -> recorded.put(a.id(), a.name()));
        return id -> {
            if (persons.contains(id) || "true".equals(snapshot.attribute(id, "person"))) {
                return pseudonym.apply(id);
            }
            String name = recorded.getOrDefault(id, snapshot.attribute(id, "name"));
            return name == null || name.isBlank() ? id : name;
        };
    }

    private static List<BridgingActor> bridges(
            Snapshot snapshot,
            AnalysisResult result,
            UnaryOperator<String> names,
            Set<String> persons) {
        return result.nodes().stream()
                .filter(n -> n.betweenness() > 0)
                .sorted(
                        Comparator.comparingDouble(NodeMetrics::betweenness)
                                .reversed()
                                .thenComparing(NodeMetrics::id))
                .limit(BRIDGES)
                .map(
                        n -> {
                            boolean person =
                                    persons.contains(n.id())
                                            || "true".equals(snapshot.attribute(n.id(), "person"));
                            return new BridgingActor(
                                    n.id(),
                                    names.apply(n.id()),
                                    person,
                                    snapshot.attribute(n.id(), GROUP_BY),
                                    n.degree(),
                                    n.betweenness(),
                                    n.constraint(),
                                    n.brokerage());
                        })
                .toList();
    }

    /** The ids of the first bridging actors, numbered on the map by their rank. */
    private static List<String> numbered(List<BridgingActor> bridges) {
        return bridges.stream().limit(MAP_LABELS).map(BridgingActor::id).toList();
    }
}
