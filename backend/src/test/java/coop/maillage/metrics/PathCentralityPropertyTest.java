package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.maillage.support.PropertySeed;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Properties of the compact path centralities on generated small networks (0..25 nodes, isolated
 * nodes, repeated draws, power-of-two weights): they equal the textbook Brandes of {@link
 * ReferenceMetrics}, JGraphT's {@link BetweennessCentrality} and Dijkstra's distances to 1e-9
 * relative, and sampling every node as a source gives the exact values. A failure shrinks to a
 * smallest network that breaks the property.
 */
class PathCentralityPropertyTest {

    @Provide
    Arbitrary<SmallNetwork> networks() {
        return SmallNetwork.networks();
    }

    @Property(seed = PropertySeed.SEED)
    void shouldEqualTextbookBrandesAndJGraphTBetweenness(@ForAll("networks") SmallNetwork net) {
        Graph<String, DefaultWeightedEdge> graph = net.graph();
        IndexedGraph g = IndexedGraph.of(graph);
        double[] hops = exact(g, PathWeighting.UNWEIGHTED).betweenness();
        double[] weighted = exact(g, PathWeighting.INVERSE_WEIGHT).betweenness();
        int n = g.size();
        if (n < 3) {
            assertThat(hops).isEqualTo(new double[g.size()]);
            assertThat(weighted).isEqualTo(new double[g.size()]);
            return;
        }
        Map<String, Double> brandes = ReferenceMetrics.betweenness(graph);
        Map<String, Double> jgraphtHops = jgrapht(graph, false);
        Map<String, Double> jgraphtWeighted = jgrapht(graph, true);
        double pairs = (n - 1.0) * (n - 2.0) / 2;
        for (int v = 0; v < n; v++) {
            String id = g.ids[v];
            close(hops[v], brandes.get(id));
            // JGraphT counts each unordered pair once and does not normalise
            close(hops[v], jgraphtHops.get(id) / pairs);
            close(weighted[v], jgraphtWeighted.get(id) / pairs);
        }
    }

    @Property(seed = PropertySeed.SEED)
    void shouldEqualDijkstraClosenessAndHarmonic(@ForAll("networks") SmallNetwork net) {
        Graph<String, DefaultWeightedEdge> graph = net.graph();
        IndexedGraph g = IndexedGraph.of(graph);
        for (PathWeighting weighting : PathWeighting.values()) {
            PathCentralities.Scores scores = exact(g, weighting);
            if (g.size() < 2) {
                assertThat(scores.closeness()).isEqualTo(new double[g.size()]);
                assertThat(scores.harmonic()).isEqualTo(new double[g.size()]);
                continue;
            }
            Map<String, double[]> reference =
                    ReferenceMetrics.closenessAndHarmonic(
                            graph, weighting == PathWeighting.INVERSE_WEIGHT);
            for (int v = 0; v < g.size(); v++) {
                close(scores.closeness()[v], reference.get(g.ids[v])[0]);
                close(scores.harmonic()[v], reference.get(g.ids[v])[1]);
            }
        }
    }

    @Property(seed = PropertySeed.SEED)
    void shouldGiveExactBetweennessWhenEveryNodeIsASampledSource(
            @ForAll("networks") SmallNetwork net, @ForAll long seed) {
        IndexedGraph g = IndexedGraph.of(net.graph());
        if (g.size() < 3) {
            return;
        }
        for (PathWeighting weighting : PathWeighting.values()) {
            double[] sampled = PathCentralities.sampledBetweenness(g, weighting, g.size(), seed);
            double[] exact = exact(g, weighting).betweenness();
            for (int v = 0; v < g.size(); v++) {
                close(sampled[v], exact[v]);
            }
        }
    }

    @Property(seed = PropertySeed.SEED)
    void shouldKeepEveryPathCentralityInTheUnitInterval(@ForAll("networks") SmallNetwork net) {
        IndexedGraph g = IndexedGraph.of(net.graph());
        for (PathWeighting weighting : PathWeighting.values()) {
            PathCentralities.Scores scores = exact(g, weighting);
            inUnitInterval(scores.betweenness());
            if (weighting == PathWeighting.UNWEIGHTED) {
                // with lengths 1/w a short strong path can bring closeness above 1
                inUnitInterval(scores.closeness());
                inUnitInterval(scores.harmonic());
            }
        }
    }

    private static PathCentralities.Scores exact(IndexedGraph g, PathWeighting weighting) {
        return PathCentralities.compute(g, weighting, BetweennessMode.EXACT, 2, 1L);
    }

    private static Map<String, Double> jgrapht(
            Graph<String, DefaultWeightedEdge> graph, boolean inverseWeight) {
        return new BetweennessCentrality<>(
                        ReferenceMetrics.withLengths(graph, inverseWeight), false)
                .getScores();
    }

    private static void inUnitInterval(double[] values) {
        for (double value : values) {
            assertThat(value).isBetween(0.0, 1.0 + 1e-12);
        }
    }

    static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
}
