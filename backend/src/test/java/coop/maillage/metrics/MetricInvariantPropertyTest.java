package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.maillage.support.PropertySeed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Invariants of the whole analysis on generated small networks with group labels: the handshake
 * lemma, metrics that are proportions stay in [0, 1], the component count equals a union-find
 * count, the E-I index stays in [−1, 1] and null-model p-values in (0, 1], and nothing depends on
 * how the nodes are named or in which order they come.
 */
class MetricInvariantPropertyTest {

    private static final AnalysisOptions OPTIONS =
            AnalysisOptions.DEFAULTS.withPermutations(30).withCommunities(CommunityDetection.OFF);

    @Provide
    Arbitrary<SmallNetwork> networks() {
        return SmallNetwork.networks();
    }

    @Provide
    Arbitrary<Tuple2<SmallNetwork, List<String>>> relabelled() {
        return SmallNetwork.networks()
                .flatMap(net -> Arbitraries.shuffle(net.ids()).map(names -> Tuple.of(net, names)));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldCountEachTieTwiceInTheDegreesAndStrengths(@ForAll("networks") SmallNetwork net) {
        AnalysisResult result = NetworkAnalyser.analyse(net.graph(), null, OPTIONS);
        GraphMetrics graph = result.graph();
        assertThat(result.nodes().stream().mapToInt(NodeMetrics::degree).sum())
                .isEqualTo(2 * graph.edges());
        assertThat(result.nodes().stream().mapToDouble(NodeMetrics::strength).sum())
                .isCloseTo(2 * graph.totalWeight(), within(1e-9));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldKeepDensityAndClusteringInTheUnitInterval(@ForAll("networks") SmallNetwork net) {
        AnalysisResult result = NetworkAnalyser.analyse(net.graph(), null, OPTIONS);
        GraphMetrics graph = result.graph();
        int n = graph.nodes();
        assertThat(graph.density())
                .isBetween(0.0, 1.0)
                .isCloseTo(n < 2 ? 0 : graph.edges() / (n * (n - 1.0) / 2), within(1e-12));
        assertThat(graph.transitivity()).isBetween(0.0, 1.0);
        if (graph.averageClustering() != null) {
            assertThat(graph.averageClustering()).isBetween(0.0, 1.0);
        }
        result.nodes().forEach(node -> assertThat(node.clustering()).isBetween(0.0, 1.0));
    }

    @Property(seed = PropertySeed.SEED)
    void shouldCountTheComponentsOfAUnionFind(@ForAll("networks") SmallNetwork net) {
        Graph<String, DefaultWeightedEdge> g = net.graph();
        Map<String, String> parent = new HashMap<>();
        g.vertexSet().forEach(v -> parent.put(v, v));
        for (DefaultWeightedEdge e : g.edgeSet()) {
            parent.put(root(parent, g.getEdgeSource(e)), root(parent, g.getEdgeTarget(e)));
        }
        long roots = g.vertexSet().stream().filter(v -> root(parent, v).equals(v)).count();
        assertThat(NetworkAnalyser.analyse(g, null, OPTIONS).graph().components())
                .isEqualTo((int) roots);
    }

    @Property(seed = PropertySeed.SEED)
    void shouldKeepGroupStatisticsAndPValuesInRange(@ForAll("networks") SmallNetwork net) {
        GroupMetrics groups = NetworkAnalyser.analyse(net.graph(), net.labels(), OPTIONS).groups();
        assertThat(groups.labelledNodes() + groups.unlabelledNodes()).isEqualTo(net.size());
        inRange(groups.eiIndex(), -1, 1);
        inRange(groups.weightedEiIndex(), -1, 1);
        inRange(groups.crossGroupShare(), 0, 1);
        inRange(groups.assortativity(), -1, 1);
        for (NullModel model :
                new NullModel[] {
                    groups.eiIndexNullModel(),
                    groups.weightedEiIndexNullModel(),
                    groups.assortativityNullModel(),
                    groups.crossGroupShareNullModel()
                }) {
            if (model != null) {
                assertThat(model.pValue()).isGreaterThan(0).isLessThanOrEqualTo(1);
            }
        }
    }

    @Property(seed = PropertySeed.SEED)
    void shouldNotDependOnNodeNamesOrOrder(
            @ForAll("relabelled") Tuple2<SmallNetwork, List<String>> pair) {
        SmallNetwork net = pair.get1();
        List<String> names = pair.get2();
        AnalysisResult original = NetworkAnalyser.analyse(net.graph(), null, OPTIONS);
        AnalysisResult renamed = NetworkAnalyser.analyse(net.graph(names), null, OPTIONS);
        Map<String, NodeMetrics> byName = new HashMap<>();
        renamed.nodes().forEach(node -> byName.put(node.id(), node));
        for (NodeMetrics node : original.nodes()) {
            NodeMetrics same = byName.get(names.get(Integer.parseInt(node.id().substring(1))));
            assertThat(same.degree()).isEqualTo(node.degree());
            sameValue(node, same, NodeMetrics::betweenness);
            sameValue(node, same, NodeMetrics::closeness);
            sameValue(node, same, NodeMetrics::harmonic);
            sameValue(node, same, NodeMetrics::clustering);
            sameValue(node, same, NodeMetrics::constraint);
            sameValue(node, same, NodeMetrics::effectiveSize);
            sameValue(node, same, NodeMetrics::pagerank);
        }
        GraphMetrics a = original.graph();
        GraphMetrics b = renamed.graph();
        assertThat(b.components()).isEqualTo(a.components());
        assertThat(b.bridgeCount()).isEqualTo(a.bridgeCount());
        assertThat(b.articulationPointCount()).isEqualTo(a.articulationPointCount());
        assertThat(b.transitivity()).isCloseTo(a.transitivity(), within(1e-12));
    }

    private static void sameValue(
            NodeMetrics a, NodeMetrics b, Function<NodeMetrics, Number> metric) {
        Number x = metric.apply(a);
        Number y = metric.apply(b);
        if (x == null || y == null) {
            assertThat(y).as(a.id()).isEqualTo(x);
        } else {
            assertThat(y.doubleValue())
                    .as(a.id())
                    .isCloseTo(x.doubleValue(), within(1e-9 * Math.max(1, x.doubleValue())));
        }
    }

    private static void inRange(Double value, double low, double high) {
        if (value != null) {
            assertThat(value).isBetween(low - 1e-12, high + 1e-12);
        }
    }

    private static String root(Map<String, String> parent, String v) {
        String r = v;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
