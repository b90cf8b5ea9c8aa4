package coop.maillage.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Times the metrics on edge-list files (one "u v" or "u v w" per line), warm, median of several
 * runs, and prints one tab-separated line per metric group: file, task, median seconds. Not a test:
 * {@code bench/run-metrics-benchmark.sh} runs it next to networkx and igraph.
 *
 * <p>Usage: {@code MetricsBenchmark RUNS FILE...}
 */
public final class MetricsBenchmark {

    private static final int GROUPS = 5;
    private static final int SAMPLES = 200;

    private MetricsBenchmark() {}

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        for (String file : Arrays.copyOfRange(args, 1, args.length)) {
            Graph<String, DefaultWeightedEdge> graph = read(Path.of(file));
            Map<String, String> groups = groups(graph);
            String name = Path.of(file).getFileName().toString();
            for (Map.Entry<String, Double> t : time(graph, groups, runs).entrySet()) {
                System.out.printf("%s\t%s\t%.4f%n", name, t.getKey(), t.getValue());
            }
        }
    }

    static Map<String, Double> time(
            Graph<String, DefaultWeightedEdge> graph, Map<String, String> groups, int runs) {
        IndexedGraph g = IndexedGraph.of(graph);
        GroupLabels labels = GroupLabels.of(g, groups);
        Map<String, Supplier<Object>> tasks = new LinkedHashMap<>();
        tasks.put("index", () -> IndexedGraph.of(graph));
        tasks.put(
                "betweenness+closeness+harmonic exact",
                () ->
                        PathCentralities.compute(
                                g, PathWeighting.UNWEIGHTED, BetweennessMode.EXACT, 0, 1L));
        tasks.put(
                "betweenness sampled k=200",
                () ->
                        PathCentralities.sampledBetweenness(
                                g, PathWeighting.UNWEIGHTED, SAMPLES, 1L));
        tasks.put("clustering+transitivity", () -> LocalClustering.of(g));
        tasks.put("constraint+effectiveSize", () -> StructuralHoles.of(g));
        tasks.put("eigenvector", () -> EigenvectorCentrality.of(g));
        tasks.put("pagerank", () -> PageRank.of(g));
        tasks.put("components+bridges+articulation", () -> Connectivity.of(g));
        tasks.put("louvain+modularity", () -> Louvain.of(g, 1L));
        tasks.put("brokerage", () -> Brokerage.of(g, labels));
        tasks.put(
                "group mixing, 1000 permutations",
                () -> {
                    GroupMixing mixing = new GroupMixing(g, labels);
                    return PermutationTest.of(
                            mixing, labels, mixing.statistics(labels.label()), 1000, 1L);
                });
        Map<String, Double> medians = new LinkedHashMap<>();
        double rest = 0;
        for (Map.Entry<String, Supplier<Object>> task : tasks.entrySet()) {
            double median = median(task.getValue(), runs);
            medians.put(task.getKey(), median);
            if (!task.getKey().startsWith("betweenness")) {
                rest += median;
            }
        }
        medians.put("all but exact betweenness/closeness", rest);
        return medians;
    }

    private static double median(Supplier<Object> task, int runs) {
        task.get(); // warm-up: class loading and JIT compilation
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            task.get();
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    static Graph<String, DefaultWeightedEdge> read(Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || f[0].startsWith("#")) {
                continue;
            }
            g.addVertex(f[0]);
            g.addVertex(f[1]);
            g.setEdgeWeight(g.addEdge(f[0], f[1]), f.length > 2 ? Double.parseDouble(f[2]) : 1.0);
        }
        return g;
    }

    /** Group labels spread round-robin over the nodes, enough to exercise the group metrics. */
    private static Map<String, String> groups(Graph<String, DefaultWeightedEdge> graph) {
        Map<String, String> groups = new HashMap<>();
        List<String> nodes = new ArrayList<>(graph.vertexSet());
        for (int i = 0; i < nodes.size(); i++) {
            groups.put(nodes.get(i), "g" + (i % GROUPS));
        }
        return groups;
    }
}
