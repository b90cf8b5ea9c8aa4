package coop.maillage.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.util.SupplierUtil;

/**
 * Straightforward, sequential implementations on the JGraphT graph itself, written from the
 * textbook formulas, to check the compact parallel ones against.
 */
final class ReferenceMetrics {

    private ReferenceMetrics() {}

    /** A seeded Barabási–Albert graph with weights drawn uniformly in [0.5, 3). */
    static Graph<String, DefaultWeightedEdge> barabasiAlbert(int n, int m, long seed) {
        Graph<String, DefaultWeightedEdge> g =
                GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                        .weighted(true)
                        .allowingMultipleEdges(false)
                        .allowingSelfLoops(false)
                        .vertexSupplier(SupplierUtil.createStringSupplier())
                        .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier())
                        .buildGraph();
        new BarabasiAlbertGraphGenerator<String, DefaultWeightedEdge>(m + 1, m, n, seed)
                .generateGraph(g);
        SplittableRandom random = new SplittableRandom(seed);
        g.edgeSet().forEach(e -> g.setEdgeWeight(e, 0.5 + 2.5 * random.nextDouble()));
        return g;
    }

    /** Brandes with predecessor lists, breadth-first, normalised by (n−1)(n−2)/2. */
    static Map<String, Double> betweenness(Graph<String, DefaultWeightedEdge> g) {
        Map<String, Double> b = new HashMap<>();
        g.vertexSet().forEach(v -> b.put(v, 0.0));
        for (String s : g.vertexSet()) {
            Map<String, Integer> dist = new HashMap<>();
            Map<String, Double> sigma = new HashMap<>();
            Map<String, List<String>> pred = new HashMap<>();
            List<String> stack = new ArrayList<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            dist.put(s, 0);
            sigma.put(s, 1.0);
            queue.add(s);
            while (!queue.isEmpty()) {
                String v = queue.poll();
                stack.add(v);
                for (String w : Graphs.neighborListOf(g, v)) {
                    if (!dist.containsKey(w)) {
                        dist.put(w, dist.get(v) + 1);
                        queue.add(w);
                    }
                    if (dist.get(w) == dist.get(v) + 1) {
                        sigma.merge(w, sigma.get(v), Double::sum);
                        pred.computeIfAbsent(w, x -> new ArrayList<>()).add(v);
                    }
                }
            }
            Map<String, Double> delta = new HashMap<>();
            for (int i = stack.size() - 1; i >= 0; i--) {
                String w = stack.get(i);
                double dw = delta.getOrDefault(w, 0.0);
                for (String v : pred.getOrDefault(w, List.of())) {
                    delta.merge(v, sigma.get(v) / sigma.get(w) * (1 + dw), Double::sum);
                }
                if (!w.equals(s)) {
                    b.merge(w, dw, Double::sum);
                }
            }
        }
        int n = g.vertexSet().size();
        b.replaceAll((v, x) -> x / ((n - 1.0) * (n - 2.0)));
        return b;
    }

    /** Closeness (Wasserman–Faust) and harmonic (÷ n−1), from Dijkstra on the given lengths. */
    static Map<String, double[]> closenessAndHarmonic(
            Graph<String, DefaultWeightedEdge> g, boolean inverseWeight) {
        Graph<String, DefaultWeightedEdge> lengths = withLengths(g, inverseWeight);
        int n = g.vertexSet().size();
        Map<String, double[]> scores = new HashMap<>();
        DijkstraShortestPath<String, DefaultWeightedEdge> paths =
                new DijkstraShortestPath<>(lengths);
        for (String u : g.vertexSet()) {
            var tree = paths.getPaths(u);
            double total = 0;
            double inverse = 0;
            int reached = 0;
            for (String v : g.vertexSet()) {
                double d = tree.getWeight(v);
                if (!v.equals(u) && d < Double.POSITIVE_INFINITY) {
                    total += d;
                    inverse += 1 / d;
                    reached++;
                }
            }
            double closeness = total > 0 ? reached / total * (reached / (n - 1.0)) : 0;
            scores.put(u, new double[] {closeness, inverse / (n - 1)});
        }
        return scores;
    }

    static Graph<String, DefaultWeightedEdge> withLengths(
            Graph<String, DefaultWeightedEdge> g, boolean inverseWeight) {
        Graph<String, DefaultWeightedEdge> copy =
                GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                        .weighted(true)
                        .edgeClass(DefaultWeightedEdge.class)
                        .buildGraph();
        g.vertexSet().forEach(copy::addVertex);
        for (DefaultWeightedEdge e : g.edgeSet()) {
            DefaultWeightedEdge c = copy.addEdge(g.getEdgeSource(e), g.getEdgeTarget(e));
            copy.setEdgeWeight(c, inverseWeight ? 1 / g.getEdgeWeight(e) : 1.0);
        }
        return copy;
    }

    /** Burt's constraint and effective size by their formulas, one ego at a time. */
    static Map<String, double[]> structuralHoles(Graph<String, DefaultWeightedEdge> g) {
        Map<String, double[]> scores = new HashMap<>();
        for (String i : g.vertexSet()) {
            double constraint = 0;
            double effective = 0;
            for (String j : Graphs.neighborListOf(g, i)) {
                double indirect = 0;
                double redundancy = 0;
                for (String q : Graphs.neighborListOf(g, i)) {
                    indirect += p(g, i, q) * p(g, q, j);
                    redundancy += p(g, i, q) * w(g, j, q) / maxWeight(g, j);
                }
                constraint += Math.pow(p(g, i, j) + indirect, 2);
                effective += 1 - redundancy;
            }
            scores.put(i, new double[] {constraint, effective});
        }
        return scores;
    }

    private static double w(Graph<String, DefaultWeightedEdge> g, String a, String b) {
        DefaultWeightedEdge e = g.getEdge(a, b);
        return e == null ? 0 : g.getEdgeWeight(e);
    }

    private static double p(Graph<String, DefaultWeightedEdge> g, String a, String b) {
        double strength = g.edgesOf(a).stream().mapToDouble(g::getEdgeWeight).sum();
        return w(g, a, b) / strength;
    }

    private static double maxWeight(Graph<String, DefaultWeightedEdge> g, String a) {
        return g.edgesOf(a).stream().mapToDouble(g::getEdgeWeight).max().orElse(0);
    }
}
