package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class TwoModeProjectionTest {

    @Test
    void shouldWeighTiesByTheNumberOfSharedItemsAndKeepLoners() {
        Map<String, List<String>> membership = new LinkedHashMap<>();
        membership.put("ana", List.of("p1", "p2", "p2"));
        membership.put("bea", List.of("p1", "p2"));
        membership.put("cyd", List.of("p2"));
        membership.put("dan", List.of());
        Graph<String, DefaultWeightedEdge> g = TwoModeProjection.project(membership);
        assertThat(g.vertexSet()).containsExactly("ana", "bea", "cyd", "dan");
        assertThat(g.getEdgeWeight(g.getEdge("ana", "bea"))).isEqualTo(2.0);
        assertThat(g.getEdgeWeight(g.getEdge("ana", "cyd"))).isEqualTo(1.0);
        assertThat(g.getEdgeWeight(g.getEdge("bea", "cyd"))).isEqualTo(1.0);
        assertThat(g.edgesOf("dan")).isEmpty();
    }

    @Test
    void shouldProjectDavisSouthernWomenAsNetworkx() {
        MetricFixture davis = MetricFixture.load("davis");
        Graph<String, DefaultWeightedEdge> p = TwoModeProjection.project(davis.membership());
        Graph<String, DefaultWeightedEdge> expected = davis.graph();
        assertThat(p.vertexSet()).isEqualTo(expected.vertexSet());
        assertThat(p.edgeSet()).hasSameSizeAs(expected.edgeSet());
        for (DefaultWeightedEdge e : expected.edgeSet()) {
            DefaultWeightedEdge mine =
                    p.getEdge(expected.getEdgeSource(e), expected.getEdgeTarget(e));
            assertThat(p.getEdgeWeight(mine)).isEqualTo(expected.getEdgeWeight(e));
        }
    }
}
