package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LouvainTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.DEFAULTS.withPermutations(0);

    @Test
    void shouldSplitTwoCliquesJoinedByOneTie() {
        GraphMetrics g =
                NetworkAnalyser.analyse(
                                Graphs.of(
                                        "", "a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "e-f", "e-g",
                                        "e-h", "f-g", "f-h", "g-h", "d-e"),
                                null,
                                OPTIONS)
                        .graph();
        assertThat(g.communities())
                .containsExactlyInAnyOrder(
                        java.util.List.of("a", "b", "c", "d"),
                        java.util.List.of("e", "f", "g", "h"));
        // by hand: each clique holds 6 of the 13 ties and half of the strength
        assertThat(g.modularity())
                .isCloseTo(2 * (6 / 13.0 - 0.25), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void shouldGiveTheSameCommunitiesForTheSameSeed() {
        MetricFixture f = MetricFixture.load("ba60");
        GraphMetrics first = NetworkAnalyser.analyse(f.graph(), null, OPTIONS).graph();
        GraphMetrics second = NetworkAnalyser.analyse(f.graph(), null, OPTIONS).graph();
        assertThat(second.communities()).isEqualTo(first.communities());
    }

    @Test
    void shouldReachAboutTheModularityOfNetworkxLouvain() {
        for (String name : new String[] {"karate", "davis", "gnp60", "ba60", "sparse60"}) {
            MetricFixture f = MetricFixture.load(name);
            double networkx = f.expected().get("louvainModularity").asDouble();
            GraphMetrics g = NetworkAnalyser.analyse(f.graph(), null, OPTIONS).graph();
            assertThat(g.modularity()).as(name).isGreaterThan(networkx - 0.02);
        }
    }
}
