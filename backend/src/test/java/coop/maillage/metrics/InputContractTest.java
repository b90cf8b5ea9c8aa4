package coop.maillage.metrics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.WeightedMultigraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

class InputContractTest {

    @Test
    void shouldRejectADirectedGraph() {
        Graph<String, DefaultWeightedEdge> g =
                new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        assertThatThrownBy(() -> NetworkAnalyser.analyse(g))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("undirected");
    }

    @Test
    void shouldRejectASelfLoopNamingTheNode() {
        Graph<String, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addEdge("a", "a");
        assertThatThrownBy(() -> NetworkAnalyser.analyse(g))
                .hasMessageContaining("Self-loop on node 'a'");
    }

    @Test
    void shouldRejectAMultiEdgeNamingItsEnds() {
        Graph<String, DefaultWeightedEdge> g = new WeightedMultigraph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.addEdge("a", "b");
        g.addEdge("b", "a");
        assertThatThrownBy(() -> NetworkAnalyser.analyse(g))
                .hasMessageContaining("Several edges join")
                .hasMessageContaining("sum");
    }

    @Test
    void shouldRejectANonPositiveWeightNamingTheEdge() {
        Graph<String, DefaultWeightedEdge> g = Graphs.of("", "a-b");
        g.setEdgeWeight(g.getEdge("a", "b"), 0);
        assertThatThrownBy(() -> NetworkAnalyser.analyse(g))
                .hasMessageContaining("{a, b}")
                .hasMessageContaining("positive");
    }

    @Test
    void shouldRejectTooFewBetweennessSamples() {
        assertThatThrownBy(() -> AnalysisOptions.DEFAULTS.withSampledBetweenness(1))
                .hasMessageContaining("at least 2");
    }
}
