package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class AnalysisOptionsTest {

    private static final Graph<String, DefaultWeightedEdge> GRAPH =
            ReferenceMetrics.barabasiAlbert(300, 2, 3L);

    @Test
    void shouldSkipCommunitiesWhenDetectionIsOff() {
        AnalysisResult r =
                NetworkAnalyser.analyse(
                        GRAPH,
                        null,
                        AnalysisOptions.DEFAULTS.withCommunities(CommunityDetection.OFF));
        assertThat(r.graph().communities()).isNull();
        assertThat(r.graph().modularity()).isNull();
        assertThat(r.nodes()).allMatch(n -> n.community() == null);
    }

    @Test
    void shouldSampleBetweennessButKeepClosenessExact() {
        AnalysisResult exact = NetworkAnalyser.analyse(GRAPH, null, AnalysisOptions.DEFAULTS);
        AnalysisResult sampled =
                NetworkAnalyser.analyse(
                        GRAPH, null, AnalysisOptions.DEFAULTS.withSampledBetweenness(50));
        assertThat(exact.graph().betweennessSources()).isEqualTo(300);
        assertThat(sampled.graph().betweennessSources()).isEqualTo(50);
        for (int i = 0; i < 300; i++) {
            assertThat(sampled.nodes().get(i).closeness())
                    .isEqualTo(exact.nodes().get(i).closeness());
        }
        assertThat(sampled.nodes())
                .extracting(NodeMetrics::betweenness)
                .isNotEqualTo(exact.nodes().stream().map(NodeMetrics::betweenness).toList());
    }

    @Test
    void shouldEchoThePathWeightingInTheResult() {
        AnalysisResult r =
                NetworkAnalyser.analyse(
                        GRAPH,
                        null,
                        AnalysisOptions.DEFAULTS.withPathWeighting(PathWeighting.INVERSE_WEIGHT));
        assertThat(r.graph().pathWeighting()).isEqualTo(PathWeighting.INVERSE_WEIGHT);
    }
}
