package coop.maillage.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * A small undirected network for property tests: nodes 0..n−1, ties as drawn (self-loops and
 * repeated pairs included, as raw input has them; {@link #graph} drops the first and keeps the
 * first of the second, as the analyser's input contract asks), an optional group label per node.
 * Edge cases come from the sizes (empty, one node, two, the largest); the ties are always drawn, so
 * that the edge cases of each draw do not crowd out random networks. Weights are powers of two, so
 * that path lengths 1/w add up exactly and ties between equally short paths are real ties, not
 * rounding accidents.
 */
record SmallNetwork(int size, List<Draw> draws, List<Integer> groups) {

    static final int MAX_NODES = 25;
    static final int MAX_DRAWS = 70;
    static final int GROUPS = 3;
    private static final Double[] WEIGHTS = {0.5, 2.0, 4.0};

    /** One drawn tie; the ends are taken modulo the network's size. */
    record Draw(int a, int b, double weight) {}

    /** Networks of 0..25 nodes, isolated nodes included, with unit or power-of-two weights. */
    static Arbitrary<SmallNetwork> networks() {
        return Arbitraries.integers().between(0, MAX_NODES).flatMap(SmallNetwork::networks);
    }

    static Arbitrary<SmallNetwork> networks(int size) {
        Arbitrary<Integer> ends = Arbitraries.integers().between(0, Math.max(0, size - 1));
        Arbitrary<Double> weights =
                Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just(1.0)), Tuple.of(1, Arbitraries.of(WEIGHTS)));
        Arbitrary<List<Draw>> draws =
                Combinators.combine(ends, ends, weights)
                        .as(Draw::new)
                        .list()
                        .ofMaxSize(size == 0 ? 0 : MAX_DRAWS)
                        .withoutEdgeCases();
        Arbitrary<List<Integer>> groups =
                Arbitraries.integers()
                        .between(-1, GROUPS - 1)
                        .list()
                        .ofSize(size)
                        .withoutEdgeCases();
        return Combinators.combine(draws, groups).as((d, g) -> new SmallNetwork(size, d, g));
    }

    /** The node ids, in index order. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < size; v++) {
            ids.add("n" + v);
        }
        return ids;
    }

    /** The simple graph: self-loops dropped, a repeated pair kept once with its first weight. */
    Graph<String, DefaultWeightedEdge> graph() {
        return graph(ids());
    }

    /** The same graph with node v named {@code names.get(v)}, nodes added in the names' order. */
    Graph<String, DefaultWeightedEdge> graph(List<String> names) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        List<String> order = new ArrayList<>(names);
        Collections.sort(order);
        order.forEach(g::addVertex);
        for (Draw draw : draws) {
            String a = names.get(draw.a());
            String b = names.get(draw.b());
            if (!a.equals(b) && !g.containsEdge(a, b)) {
                g.setEdgeWeight(g.addEdge(a, b), draw.weight());
            }
        }
        return g;
    }

    /** Node id → group label, nodes with label −1 left without one. */
    Map<String, String> labels() {
        Map<String, String> labels = new TreeMap<>();
        for (int v = 0; v < size; v++) {
            if (groups.get(v) >= 0) {
                labels.put("n" + v, "g" + groups.get(v));
            }
        }
        return labels;
    }
}
