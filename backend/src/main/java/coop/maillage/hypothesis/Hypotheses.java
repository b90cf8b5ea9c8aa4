package coop.maillage.hypothesis;

import coop.maillage.network.Layer;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Answers the pole's hypotheses over a range of years, each with a verdict, its decision rule, the
 * figures behind it, the method and a sentence in French and in English:
 *
 * <ul>
 *   <li>H1 cooperation densifies ({@link Densification});
 *   <li>H2 the silos open ({@link SiloOpening});
 *   <li>H3 the pole is a relational entrepreneur, not a permanent hub ({@link PoleRole});
 *   <li>H4 cooperation outlasts emergence ({@link EmergenceSurvival});
 *   <li>PROJECTS: diverse collectives do better ({@link ProjectDiversity}).
 * </ul>
 *
 * Pure and deterministic: the same network and query give the same report (the null models are
 * seeded). Cost: two timelines (with the pole, with its null models; without it, graph metrics
 * only) plus one pass over the pairs of tied actors.
 */
public final class Hypotheses {

    private Hypotheses() {}

    public static HypothesisReport answer(TemporalNetwork network, HypothesisQuery query) {
        String poleId = poleId(network);
        List<Timeline.Year> withPole = Timeline.analyse(network, query.withPole());
        List<Timeline.Row> rows = withPole.stream().map(Timeline.Year::row).toList();
        List<Timeline.Row> withoutPole =
                poleId == null ? rows : Timeline.compute(network, query.withoutPole());
        Set<Layer> pairLayers = EnumSet.copyOf(query.layers());
        pairLayers.add(Layer.PROJECTS);
        PairHistory history = PairHistory.of(network, pairLayers);
        PairHistory queried =
                pairLayers.equals(query.layers())
                        ? history
                        : PairHistory.of(network, query.layers());
        CrossSectorBirths births =
                CrossSectorBirths.of(network, queried, poleId, query.groupBy(), query.years());
        List<HypothesisAnswer> answers =
                List.of(
                        Densification.answer(rows),
                        SiloOpening.answer(rows),
                        PoleRole.answer(poleId, withPole, withoutPole, births),
                        EmergenceSurvival.answer(network, history, poleId, query.years()),
                        ProjectDiversity.answer(network, poleId, query.groupBy(), query.years()));
        return new HypothesisReport(query.years(), answers, rows);
    }

    /** The network's pole id, else the first actor of kind POLE, else null. */
    static String poleId(TemporalNetwork network) {
        if (network.poleId() != null) {
            return network.poleId();
        }
        for (TemporalNode node : network.nodes()) {
            if (SnapshotBuilder.isPole(network, node)) {
                return node.id();
            }
        }
        return null;
    }
}
