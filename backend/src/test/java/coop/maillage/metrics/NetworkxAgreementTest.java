package coop.maillage.metrics;

import static coop.maillage.metrics.MetricFixture.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every metric against networkx 3.6 on every fixture network: the edge cases, the classics (karate
 * club, Florentine families, kite, Davis's women) and seeded random graphs. Exact metrics agree to
 * 1e-9 (relative to values above 1); eigenvector and PageRank, power iterations stopped at
 * networkx's tolerance, to 1e-6.
 */
class NetworkxAgreementTest {

    static final double EXACT = 1e-9;
    static final double ITERATIVE = 1e-6;

    static Stream<MetricFixture> fixtures() {
        return MetricFixture.ALL.stream().map(MetricFixture::load);
    }

    private static AnalysisResult analyse(MetricFixture f, PathWeighting weighting) {
        return NetworkAnalyser.analyse(
                f.graph(),
                f.groups(),
                AnalysisOptions.DEFAULTS.withPathWeighting(weighting).withPermutations(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldAgreeWithNetworkxOnGraphMetrics(MetricFixture f) {
        GraphMetrics g = analyse(f, PathWeighting.UNWEIGHTED).graph();
        JsonNode e = f.expected().get("graph");
        assertThat(g.nodes()).isEqualTo(e.get("nodes").asInt());
        assertThat(g.edges()).isEqualTo(e.get("edges").asInt());
        close(g.density(), number(e, "density"), EXACT);
        close(g.weightedDensity(), number(e, "weightedDensity"), EXACT);
        close(g.meanDegree(), number(e, "meanDegree"), EXACT);
        close(g.totalWeight(), number(e, "totalWeight"), EXACT);
        assertThat(g.components()).isEqualTo(e.get("components").asInt());
        close(g.largestComponentShare(), number(e, "largestComponentShare"), EXACT);
        close(g.averageClustering(), number(e, "averageClustering"), EXACT);
        close(g.transitivity(), number(e, "transitivity"), EXACT);
        close(g.degreeCentralization(), number(e, "degreeCentralization"), EXACT);
        close(g.betweennessCentralization(), number(e, "betweennessCentralization"), EXACT);
        List<List<String>> bridges = new ArrayList<>();
        e.get("bridges")
                .forEach(b -> bridges.add(List.of(b.get(0).asString(), b.get(1).asString())));
        assertThat(g.bridges())
                .map(t -> Stream.of(t.source(), t.target()).sorted().toList())
                .containsExactlyInAnyOrderElementsOf(bridges);
        assertThat(g.bridgeCount()).isEqualTo(bridges.size());
        List<String> points = new ArrayList<>();
        e.get("articulationPoints").forEach(p -> points.add(p.asString()));
        assertThat(g.articulationPoints()).containsExactlyInAnyOrderElementsOf(points);
        assertThat(g.articulationPointCount()).isEqualTo(points.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldAgreeWithNetworkxOnNodeMetrics(MetricFixture f) {
        JsonNode expected = f.expected().get("nodes");
        List<NodeMetrics> nodes = analyse(f, PathWeighting.UNWEIGHTED).nodes();
        assertThat(nodes).hasSize(expected.size());
        for (NodeMetrics node : nodes) {
            JsonNode e = expected.get(node.id());
            String at = f.name() + " node " + node.id() + " ";
            assertThat(node.degree()).as(at + "degree").isEqualTo(e.get("degree").asInt());
            close(at + "strength", node.strength(), number(e, "strength"), EXACT);
            close(at + "betweenness", node.betweenness(), number(e, "betweenness"), EXACT);
            close(at + "closeness", node.closeness(), number(e, "closeness"), EXACT);
            close(at + "harmonic", node.harmonic(), number(e, "harmonic"), EXACT);
            close(at + "eigenvector", node.eigenvector(), number(e, "eigenvector"), ITERATIVE);
            close(at + "pagerank", node.pagerank(), number(e, "pagerank"), ITERATIVE);
            close(at + "clustering", node.clustering(), number(e, "clustering"), EXACT);
            close(at + "constraint", node.constraint(), number(e, "constraint"), EXACT);
            close(at + "effectiveSize", node.effectiveSize(), number(e, "effectiveSize"), EXACT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldAgreeWithNetworkxOnInverseWeightPaths(MetricFixture f) {
        JsonNode expected = f.expected().get("inverseWeight");
        for (NodeMetrics node : analyse(f, PathWeighting.INVERSE_WEIGHT).nodes()) {
            JsonNode e = expected.get(node.id());
            String at = f.name() + " node " + node.id() + " ";
            close(at + "betweenness", node.betweenness(), number(e, "betweenness"), EXACT);
            close(at + "closeness", node.closeness(), number(e, "closeness"), EXACT);
            close(at + "harmonic", node.harmonic(), number(e, "harmonic"), EXACT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldAgreeWithNetworkxOnModularityOfAGivenPartition(MetricFixture f) {
        JsonNode partition = f.expected().get("partition");
        if (partition == null) {
            return;
        }
        IndexedGraph g = IndexedGraph.of(f.graph());
        int[] community = new int[g.size()];
        for (int c = 0; c < partition.size(); c++) {
            for (JsonNode id : partition.get(c)) {
                community[g.indexOf(id.asString())] = c;
            }
        }
        close(
                f.name(),
                Modularity.of(g, community, partition.size()),
                number(f.expected(), "modularity"),
                EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldAgreeWithNetworkxAndAReadingOfUcinetOnGroupMetrics(MetricFixture f) {
        JsonNode e = f.expected().get("groups");
        if (e == null) {
            return;
        }
        GroupMetrics g = analyse(f, PathWeighting.UNWEIGHTED).groups();
        assertThat(g.labelledNodes()).isEqualTo(e.get("labelledNodes").asInt());
        assertThat(g.unlabelledNodes())
                .isEqualTo(f.graph().vertexSet().size() - e.get("labelledNodes").asInt());
        close(f.name() + " eiIndex", g.eiIndex(), number(e, "eiIndex"), EXACT);
        close(
                f.name() + " weightedEiIndex",
                g.weightedEiIndex(),
                number(e, "weightedEiIndex"),
                EXACT);
        close(
                f.name() + " crossGroupShare",
                g.crossGroupShare(),
                number(e, "crossGroupShare"),
                EXACT);
        close(f.name() + " assortativity", g.assortativity(), number(e, "assortativity"), EXACT);
        JsonNode block = e.get("blockDensity");
        List<String> groups = new ArrayList<>();
        block.get("groups").forEach(x -> groups.add(x.asString()));
        assertThat(g.blockDensity().groups()).isEqualTo(groups);
        for (int a = 0; a < groups.size(); a++) {
            for (int b = 0; b < groups.size(); b++) {
                JsonNode cell = block.get("density").get(a).get(b);
                close(
                        f.name() + " block " + a + "," + b,
                        g.blockDensity().density().get(a).get(b),
                        cell.isNull() ? null : cell.asDouble(),
                        EXACT);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldCountBrokerageRolesAsTheIndependentScript(MetricFixture f) {
        JsonNode e = f.expected().get("groups");
        if (e == null) {
            return;
        }
        Map<String, BrokerageRoles> roles = new HashMap<>();
        analyse(f, PathWeighting.UNWEIGHTED).nodes().forEach(n -> roles.put(n.id(), n.brokerage()));
        e.get("brokerage")
                .properties()
                .forEach(
                        entry -> {
                            JsonNode r = entry.getValue();
                            BrokerageRoles actual = roles.get(entry.getKey());
                            long total =
                                    r.get("coordinator").asLong()
                                            + r.get("consultant").asLong()
                                            + r.get("gatekeeperRepresentative").asLong()
                                            + r.get("liaison").asLong();
                            assertThat(actual)
                                    .as(f.name() + " " + entry.getKey())
                                    .isEqualTo(
                                            new BrokerageRoles(
                                                    r.get("coordinator").asLong(),
                                                    r.get("consultant").asLong(),
                                                    r.get("gatekeeperRepresentative").asLong(),
                                                    r.get("liaison").asLong(),
                                                    total));
                        });
        roles.forEach(
                (id, r) ->
                        assertThat(r == null)
                                .as(f.name() + " " + id)
                                .isEqualTo(!f.groups().containsKey(id)));
    }

    static void close(Double actual, Double expected, double tolerance) {
        close("", actual, expected, tolerance);
    }

    static void close(String what, Double actual, Double expected, double tolerance) {
        if (expected == null) {
            assertThat(actual).as(what + " (undefined in networkx)").isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertThat(actual)
                .as(what)
                .isCloseTo(expected, within(tolerance * Math.max(1, Math.abs(expected))));
    }
}
