package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/**
 * The compact, parallel implementations against straightforward ones on the JGraphT graph
 * (ReferenceMetrics, JGraphT's own scorers) on a weighted Barabási–Albert graph: equal to 1e-9
 * relative, and identical from run to run.
 */
class CompactParallelMetricsTest {

    private static final Graph<String, DefaultWeightedEdge> GRAPH =
            ReferenceMetrics.barabasiAlbert(400, 3, 11L);
    private static final IndexedGraph INDEXED = IndexedGraph.of(GRAPH);

    @Test
    void shouldMatchATextbookBrandesAndJGraphTBetweenness() {
        PathCentralities.Scores scores = exact(PathWeighting.UNWEIGHTED);
        Map<String, Double> reference = ReferenceMetrics.betweenness(GRAPH);
        Map<String, Double> jgrapht =
                new BetweennessCentrality<>(ReferenceMetrics.withLengths(GRAPH, false), false)
                        .getScores();
        int n = INDEXED.size();
        for (int v = 0; v < n; v++) {
            String id = INDEXED.ids[v];
            close(scores.betweenness()[v], reference.get(id));
            // JGraphT counts each unordered pair once
            close(scores.betweenness()[v], jgrapht.get(id) / ((n - 1.0) * (n - 2.0) / 2));
        }
    }

    @Test
    void shouldMatchDijkstraClosenessAndHarmonicWithAndWithoutWeights() {
        for (PathWeighting weighting : PathWeighting.values()) {
            PathCentralities.Scores scores = exact(weighting);
            Map<String, double[]> reference =
                    ReferenceMetrics.closenessAndHarmonic(
                            GRAPH, weighting == PathWeighting.INVERSE_WEIGHT);
            for (int v = 0; v < INDEXED.size(); v++) {
                close(scores.closeness()[v], reference.get(INDEXED.ids[v])[0]);
                close(scores.harmonic()[v], reference.get(INDEXED.ids[v])[1]);
            }
        }
    }

    @Test
    void shouldMatchJGraphTWeightedBetweenness() {
        PathCentralities.Scores scores = exact(PathWeighting.INVERSE_WEIGHT);
        Map<String, Double> jgrapht =
                new BetweennessCentrality<>(ReferenceMetrics.withLengths(GRAPH, true), false)
                        .getScores();
        int n = INDEXED.size();
        for (int v = 0; v < n; v++) {
            close(
                    scores.betweenness()[v],
                    jgrapht.get(INDEXED.ids[v]) / ((n - 1.0) * (n - 2.0) / 2));
        }
    }

    @Test
    void shouldMatchJGraphTClustering() {
        LocalClustering.Scores scores = LocalClustering.of(INDEXED);
        ClusteringCoefficient<String, DefaultWeightedEdge> jgrapht =
                new ClusteringCoefficient<>(GRAPH);
        for (int v = 0; v < INDEXED.size(); v++) {
            close(scores.clustering()[v], jgrapht.getVertexScore(INDEXED.ids[v]));
        }
        close(scores.averageClustering(), jgrapht.getAverageClusteringCoefficient());
        close(scores.transitivity(), jgrapht.getGlobalClusteringCoefficient());
    }

    @Test
    void shouldMatchBurtsFormulasEgoByEgo() {
        StructuralHoles.Scores scores = StructuralHoles.of(INDEXED);
        Map<String, double[]> reference = ReferenceMetrics.structuralHoles(GRAPH);
        for (int v = 0; v < INDEXED.size(); v++) {
            close(scores.constraint()[v], reference.get(INDEXED.ids[v])[0]);
            close(scores.effectiveSize()[v], reference.get(INDEXED.ids[v])[1]);
        }
    }

    @Test
    void shouldGiveIdenticalResultsFromRunToRun() {
        for (PathWeighting weighting : PathWeighting.values()) {
            PathCentralities.Scores first = exact(weighting);
            PathCentralities.Scores second = exact(weighting);
            assertThat(second.betweenness()).containsExactly(first.betweenness());
            assertThat(second.closeness()).containsExactly(first.closeness());
            assertThat(second.harmonic()).containsExactly(first.harmonic());
        }
        assertThat(StructuralHoles.of(INDEXED).constraint())
                .containsExactly(StructuralHoles.of(INDEXED).constraint());
    }

    @Test
    void shouldEqualExactBetweennessWhenEverySourceIsSampled() {
        int n = INDEXED.size();
        double[] sampled =
                PathCentralities.sampledBetweenness(INDEXED, PathWeighting.UNWEIGHTED, n, 5L);
        double[] exact = exact(PathWeighting.UNWEIGHTED).betweenness();
        for (int v = 0; v < n; v++) {
            close(sampled[v], exact[v]);
        }
    }

    @Test
    void shouldEstimateBetweennessWithinHoeffdingsBoundFrom200Sources() {
        double[] sampled =
                PathCentralities.sampledBetweenness(INDEXED, PathWeighting.UNWEIGHTED, 200, 5L);
        double[] again =
                PathCentralities.sampledBetweenness(INDEXED, PathWeighting.UNWEIGHTED, 200, 5L);
        double[] exact = exact(PathWeighting.UNWEIGHTED).betweenness();
        double worst = 0;
        for (int v = 0; v < exact.length; v++) {
            worst = Math.max(worst, Math.abs(sampled[v] - exact[v]));
        }
        assertThat(worst).isLessThan(0.1);
        assertThat(again).containsExactly(sampled);
    }

    private static PathCentralities.Scores exact(PathWeighting weighting) {
        return PathCentralities.compute(INDEXED, weighting, BetweennessMode.EXACT, 2, 1L);
    }

    private static void close(Double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
}
