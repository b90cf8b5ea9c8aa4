package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** Published figures for the classic networks, independent of networkx. */
class LiteratureValuesTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.DEFAULTS.withPermutations(0);

    @Test
    void shouldGiveMediciBetweenness0522() {
        // Padgett & Ansell (1993); 47.5 of the 91 pairs of the other 14 families
        AnalysisResult r = analyse("florentine");
        assertThat(Graphs.node(r, "Medici").betweenness())
                .isEqualTo(47.5 / 91, within(1e-12))
                .isEqualTo(0.522, within(5e-4));
        assertThat(Graphs.node(r, "Medici").degree()).isEqualTo(6);
    }

    @Test
    void shouldGiveKarateClubItsTextbookFigures() {
        // Zachary (1977): 34 members, 78 ties; transitivity 0.2557, average clustering 0.5706
        AnalysisResult r = analyse("karate");
        assertThat(r.graph().nodes()).isEqualTo(34);
        assertThat(r.graph().edges()).isEqualTo(78);
        assertThat(r.graph().transitivity()).isEqualTo(0.2557, within(1e-4));
        assertThat(r.graph().averageClustering()).isEqualTo(0.5706, within(1e-4));
        assertThat(Graphs.node(r, "0").betweenness()).isEqualTo(0.4376, within(1e-4));
        assertThat(Graphs.node(r, "33").betweenness()).isEqualTo(0.3041, within(1e-4));
    }

    @Test
    void shouldNotExceedTheProvenMaximumModularityOfTheKarateClub() {
        // unweighted optimum 0.4198 (Brandes et al. 2008, IEEE TKDE 20(2):172–188)
        Graph<String, DefaultWeightedEdge> unweighted = unitWeights(load("karate").graph());
        GraphMetrics g = NetworkAnalyser.analyse(unweighted, null, OPTIONS).graph();
        assertThat(g.modularity()).isBetween(0.40, 0.4198 + 1e-4);
    }

    @Test
    void shouldGiveHeatherTheKitesHighestBetweenness() {
        // Krackhardt (1990): Heather (7) brokers 14 of the 36 pairs of the others; Diane (3)
        // has the most ties; Fernando (5) and Garth (6) are the closest, 9/14
        AnalysisResult r = analyse("kite");
        assertThat(Graphs.node(r, "7").betweenness()).isEqualTo(14.0 / 36, within(1e-12));
        assertThat(r.nodes()).allMatch(n -> n.betweenness() <= 14.0 / 36 + 1e-12);
        assertThat(Graphs.node(r, "3").degree()).isEqualTo(6);
        assertThat(Graphs.node(r, "5").closeness()).isEqualTo(9.0 / 14, within(1e-12));
        assertThat(Graphs.node(r, "6").closeness()).isEqualTo(9.0 / 14, within(1e-12));
    }

    @Test
    void shouldProjectDavisWomenAsBreigersCoAttendanceMatrix() {
        // Breiger (1974), Social Forces 53(2): Evelyn's row of the women × women matrix
        MetricFixture davis = load("davis");
        Graph<String, DefaultWeightedEdge> p = TwoModeProjection.project(davis.membership());
        List<String> women = List.copyOf(davis.membership().keySet());
        double[] evelyn = {6, 7, 6, 3, 4, 3, 3, 3, 2, 2, 2, 2, 2, 1, 2, 1, 1};
        for (int i = 1; i < women.size(); i++) {
            assertThat(p.getEdgeWeight(p.getEdge(women.get(0), women.get(i))))
                    .as(women.get(i))
                    .isEqualTo(evelyn[i - 1]);
        }
        assertThat(p.edgeSet()).hasSize(139);
    }

    private static MetricFixture load(String name) {
        return MetricFixture.load(name);
    }

    private static AnalysisResult analyse(String name) {
        return NetworkAnalyser.analyse(load(name).graph(), null, OPTIONS);
    }

    static Graph<String, DefaultWeightedEdge> unitWeights(Graph<String, DefaultWeightedEdge> g) {
        Graph<String, DefaultWeightedEdge> copy =
                new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        g.vertexSet().forEach(copy::addVertex);
        g.edgeSet().forEach(e -> copy.addEdge(g.getEdgeSource(e), g.getEdgeTarget(e)));
        return copy;
    }
}
