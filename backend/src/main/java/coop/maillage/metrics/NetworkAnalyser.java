package coop.maillage.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Computes every metric of the {@link Metric} registry on one network: the entry point of the
 * metrics engine. Pure: no state, no I/O; the graph is read once into a compact {@link
 * IndexedGraph} and left untouched.
 *
 * <p>Input contract: an undirected simple weighted graph (no self-loop, no multi-edge; weight = tie
 * strength, positive), and optionally a node → group label map for the group metrics and brokerage
 * roles; nodes without a label are left out of those (and counted in {@link
 * GroupMetrics#unlabelledNodes()}).
 *
 * @see Metric
 */
public final class NetworkAnalyser {

    private NetworkAnalyser() {}

    /** Analyses with {@link AnalysisOptions#DEFAULTS} and no groups. */
    public static AnalysisResult analyse(Graph<String, DefaultWeightedEdge> graph) {
        return analyse(graph, null, AnalysisOptions.DEFAULTS);
    }

    /**
     * @param graph the network, as described above
     * @param groups node id → group label, or null for no group metrics
     * @param options path weighting, betweenness mode, permutations, seed, communities
     * @throws IllegalArgumentException if the graph breaks the input contract
     */
    public static AnalysisResult analyse(
            Graph<String, DefaultWeightedEdge> graph,
            Map<String, String> groups,
            AnalysisOptions options) {
        IndexedGraph g = IndexedGraph.of(graph);
        PathCentralities.Scores paths =
                PathCentralities.compute(
                        g,
                        options.pathWeighting(),
                        options.betweennessMode(),
                        options.betweennessSamples(),
                        options.seed());
        LocalClustering.Scores clustering = LocalClustering.of(g);
        Louvain.Partition partition =
                options.communities() == CommunityDetection.LOUVAIN
                        ? Louvain.of(g, options.seed())
                        : null;
        GroupLabels labels = groups == null ? null : GroupLabels.of(g, groups);
        GraphMetrics graphMetrics = graphMetrics(g, paths, clustering, partition, options);
        List<NodeMetrics> nodes = nodeMetrics(g, paths, clustering, partition, labels);
        GroupMetrics groupMetrics = labels == null ? null : groupMetrics(g, labels, options);
        return new AnalysisResult(graphMetrics, nodes, groupMetrics);
    }

    private static GraphMetrics graphMetrics(
            IndexedGraph g,
            PathCentralities.Scores paths,
            LocalClustering.Scores clustering,
            Louvain.Partition partition,
            AnalysisOptions options) {
        int n = g.size();
        int m = g.edgeCount();
        Connectivity.Structure structure = Connectivity.of(g);
        List<Tie> bridges =
                structure.bridges().stream().map(e -> new Tie(g.ids[e[0]], g.ids[e[1]])).toList();
        List<String> points =
                Arrays.stream(structure.articulationPoints()).mapToObj(v -> g.ids[v]).toList();
        double pairs = n * (n - 1.0) / 2;
        return new GraphMetrics(
                n,
                m,
                n < 2 ? 0 : m / pairs,
                n < 2 ? 0 : g.totalWeight / pairs,
                n == 0 ? null : 2.0 * m / n,
                g.totalWeight,
                structure.components(),
                n == 0 ? null : structure.largestComponent() / (double) n,
                clustering.averageClustering(),
                clustering.transitivity(),
                bridges,
                bridges.size(),
                points,
                points.size(),
                Centralization.degree(g),
                Centralization.betweenness(paths.betweenness()),
                partition == null ? null : communities(g, partition),
                partition == null
                        ? null
                        : Modularity.of(g, partition.community(), partition.communities()),
                options.pathWeighting(),
                paths.sources());
    }

    private static List<List<String>> communities(IndexedGraph g, Louvain.Partition partition) {
        List<List<String>> communities = new ArrayList<>();
        for (int c = 0; c < partition.communities(); c++) {
            communities.add(new ArrayList<>());
        }
        for (int v = 0; v < g.size(); v++) {
            communities.get(partition.community()[v]).add(g.ids[v]);
        }
        return communities;
    }

    private static List<NodeMetrics> nodeMetrics(
            IndexedGraph g,
            PathCentralities.Scores paths,
            LocalClustering.Scores clustering,
            Louvain.Partition partition,
            GroupLabels labels) {
        double[] eigenvector = EigenvectorCentrality.of(g);
        double[] pagerank = PageRank.of(g);
        StructuralHoles.Scores holes = StructuralHoles.of(g);
        BrokerageRoles[] brokerage = labels == null ? null : Brokerage.of(g, labels);
        List<NodeMetrics> nodes = new ArrayList<>(g.size());
        for (int v = 0; v < g.size(); v++) {
            nodes.add(
                    new NodeMetrics(
                            g.ids[v],
                            g.degree(v),
                            g.strength(v),
                            paths.betweenness()[v],
                            paths.closeness()[v],
                            paths.harmonic()[v],
                            eigenvector == null ? null : eigenvector[v],
                            pagerank == null ? null : pagerank[v],
                            clustering.clustering()[v],
                            holes.constraint()[v],
                            holes.effectiveSize()[v],
                            brokerage == null ? null : brokerage[v],
                            partition == null ? null : partition.community()[v]));
        }
        return nodes;
    }

    private static GroupMetrics groupMetrics(
            IndexedGraph g, GroupLabels labels, AnalysisOptions options) {
        GroupMixing mixing = new GroupMixing(g, labels);
        double[] observed = mixing.statistics(labels.label());
        NullModel[] nulls =
                options.permutations() == 0
                        ? new NullModel[GroupMixing.STATISTICS]
                        : PermutationTest.of(
                                mixing, labels, observed, options.permutations(), options.seed());
        int labelled = labels.labelledNodes().length;
        return new GroupMetrics(
                labelled,
                g.size() - labelled,
                orNull(observed[GroupMixing.EI]),
                nulls[GroupMixing.EI],
                orNull(observed[GroupMixing.WEIGHTED_EI]),
                nulls[GroupMixing.WEIGHTED_EI],
                orNull(observed[GroupMixing.ASSORTATIVITY]),
                nulls[GroupMixing.ASSORTATIVITY],
                orNull(observed[GroupMixing.CROSS_SHARE]),
                nulls[GroupMixing.CROSS_SHARE],
                BlockDensity.of(g, labels));
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
