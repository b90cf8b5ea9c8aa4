package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each metric returns where it is degenerate or undefined, computed by hand; the choices are
 * documented in docs/metrics.md (null where networkx gives NaN or raises, networkx's number
 * otherwise).
 */
class EdgeCaseTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.DEFAULTS.withPermutations(50);

    @Test
    void shouldGiveZerosAndNullsForTheEmptyGraph() {
        AnalysisResult r = NetworkAnalyser.analyse(Graphs.of(""), Map.of(), OPTIONS);
        GraphMetrics g = r.graph();
        assertThat(r.nodes()).isEmpty();
        assertThat(g.nodes()).isZero();
        assertThat(g.density()).isZero();
        assertThat(g.weightedDensity()).isZero();
        assertThat(g.meanDegree()).isNull();
        assertThat(g.components()).isZero();
        assertThat(g.largestComponentShare()).isNull();
        assertThat(g.averageClustering()).isNull();
        assertThat(g.transitivity()).isZero();
        assertThat(g.degreeCentralization()).isNull();
        assertThat(g.betweennessCentralization()).isNull();
        assertThat(g.modularity()).isNull();
        assertThat(g.communities()).isEmpty();
        assertThat(r.groups().eiIndex()).isNull();
        assertThat(r.groups().eiIndexNullModel()).isNull();
        assertThat(r.groups().blockDensity().groups()).isEmpty();
    }

    @Test
    void shouldGiveOneNodeZeroCentralitiesAndUndefinedStructuralHoles() {
        AnalysisResult r = NetworkAnalyser.analyse(Graphs.of("a"), null, OPTIONS);
        NodeMetrics a = r.nodes().get(0);
        assertThat(r.graph().density()).isZero();
        assertThat(r.graph().meanDegree()).isZero();
        assertThat(r.graph().largestComponentShare()).isEqualTo(1.0);
        assertThat(r.graph().averageClustering()).isZero();
        assertThat(r.graph().betweennessCentralization()).isNull();
        assertThat(a.betweenness()).isZero();
        assertThat(a.closeness()).isZero();
        assertThat(a.harmonic()).isZero();
        assertThat(a.eigenvector()).isEqualTo(1.0);
        assertThat(a.pagerank()).isEqualTo(1.0, within(1e-12));
        assertThat(a.constraint()).isNull();
        assertThat(a.effectiveSize()).isNull();
        assertThat(a.brokerage()).isNull();
        assertThat(r.groups()).isNull();
    }

    @Test
    void shouldGiveK2FullDensityAndPerfectDisassortativity() {
        AnalysisResult r =
                NetworkAnalyser.analyse(Graphs.of("", "a-b"), Map.of("a", "x", "b", "y"), OPTIONS);
        assertThat(r.graph().density()).isEqualTo(1.0);
        assertThat(r.graph().degreeCentralization()).isNull();
        assertThat(r.graph().betweennessCentralization()).isZero();
        assertThat(r.graph().bridges()).containsExactly(new Tie("a", "b"));
        assertThat(r.graph().articulationPoints()).isEmpty();
        NodeMetrics a = Graphs.node(r, "a");
        assertThat(a.closeness()).isEqualTo(1.0);
        assertThat(a.constraint()).isEqualTo(1.0);
        assertThat(a.effectiveSize()).isEqualTo(1.0);
        assertThat(r.groups().eiIndex()).isEqualTo(1.0);
        assertThat(r.groups().crossGroupShare()).isEqualTo(1.0);
        assertThat(r.groups().assortativity()).isEqualTo(-1.0, within(1e-12));
    }

    @Test
    void shouldGiveAStarCentralisationOne() {
        AnalysisResult r =
                NetworkAnalyser.analyse(Graphs.of("", "c-a", "c-b", "c-d", "c-e"), null, OPTIONS);
        assertThat(r.graph().degreeCentralization()).isEqualTo(1.0, within(1e-12));
        assertThat(r.graph().betweennessCentralization()).isEqualTo(1.0, within(1e-12));
        assertThat(Graphs.node(r, "c").betweenness()).isEqualTo(1.0, within(1e-12));
        assertThat(Graphs.node(r, "a").closeness()).isEqualTo(4.0 / 7, within(1e-12));
        assertThat(r.graph().articulationPoints()).containsExactly("c");
        assertThat(r.graph().bridgeCount()).isEqualTo(4);
        assertThat(r.graph().transitivity()).isZero();
    }

    @Test
    void shouldGiveAPathItsHandComputedCentralities() {
        // a-b-c-d-e: c lies on the 4 paths a..d, a..e, b..d, b..e, of 6 pairs without c
        AnalysisResult r =
                NetworkAnalyser.analyse(Graphs.of("", "a-b", "b-c", "c-d", "d-e"), null, OPTIONS);
        assertThat(Graphs.node(r, "c").betweenness()).isEqualTo(4.0 / 6, within(1e-12));
        assertThat(Graphs.node(r, "b").betweenness()).isEqualTo(3.0 / 6, within(1e-12));
        assertThat(Graphs.node(r, "a").closeness()).isEqualTo(4.0 / 10, within(1e-12));
        assertThat(Graphs.node(r, "a").harmonic())
                .isEqualTo((1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0) / 4, within(1e-12));
        assertThat(r.graph().articulationPoints()).containsExactly("b", "c", "d");
    }

    @Test
    void shouldApplyTheWassermanFaustCorrectionToIsolatedAndSmallComponents() {
        // two triangles and an isolated node: 7 nodes, a triangle node reaches 2 at distance 1
        AnalysisResult r =
                NetworkAnalyser.analyse(
                        Graphs.of("z", "a-b", "b-c", "a-c", "d-e", "e-f", "d-f"), null, OPTIONS);
        assertThat(Graphs.node(r, "a").closeness()).isEqualTo((2 / 6.0) * (2 / 2.0), within(1e-12));
        assertThat(Graphs.node(r, "z").closeness()).isZero();
        assertThat(Graphs.node(r, "z").constraint()).isNull();
        assertThat(r.graph().components()).isEqualTo(3);
        assertThat(r.graph().largestComponentShare()).isEqualTo(3 / 7.0, within(1e-12));
        assertThat(r.graph().averageClustering()).isEqualTo(6 / 7.0, within(1e-12));
        assertThat(r.graph().communities()).hasSize(3);
    }

    @Test
    void shouldLeaveUnlabelledNodesOutOfGroupMetrics() {
        // a, b labelled x; c unlabelled: only the tie a-b counts, and it is internal
        AnalysisResult r =
                NetworkAnalyser.analyse(
                        Graphs.of("", "a-b", "b-c", "a-c"), Map.of("a", "x", "b", "x"), OPTIONS);
        assertThat(r.groups().labelledNodes()).isEqualTo(2);
        assertThat(r.groups().unlabelledNodes()).isEqualTo(1);
        assertThat(r.groups().eiIndex()).isEqualTo(-1.0);
        assertThat(r.groups().assortativity()).isNull();
        assertThat(Graphs.node(r, "c").brokerage()).isNull();
        assertThat(Graphs.node(r, "a").brokerage().total()).isZero();
    }
}
