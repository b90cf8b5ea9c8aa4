package coop.maillage.analysis;

import coop.maillage.metrics.GraphMetrics;
import coop.maillage.metrics.GroupMetrics;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.network.Snapshot;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.privacy.Privacy;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * A snapshot ready for a force-directed map: nodes with their attributes and metrics, links with
 * their weights, the graph-level metrics and the query that made it.
 *
 * @param year the year
 * @param query the snapshot query
 * @param graph graph-level metrics
 * @param groups décloisonnement metrics when a group attribute was given
 * @param nodes the nodes, by id
 * @param links the ties, by source then target
 * @param betweenness whether betweenness is exact or sampled, and from how many sources
 */
public record NetworkView(
        int year,
        SnapshotQuery query,
        GraphMetrics graph,
        GroupMetrics groups,
        List<Node> nodes,
        List<Link> links,
        AnalysisService.Betweenness betweenness) {

    /** A node: its id, attributes (name, sector, kind, college…) and metrics. */
    public record Node(String id, Map<String, String> attributes, NodeMetrics metrics) {}

    /** A tie of the snapshot. */
    public record Link(String source, String target, double weight) {}

    static NetworkView of(AnalysisService.Analysed analysed, Privacy privacy) {
        Snapshot snapshot = analysed.snapshot();
        Map<String, NodeMetrics> metrics =
                analysed.result().nodes().stream()
                        .collect(Collectors.toMap(NodeMetrics::id, Function.identity()));
        List<Node> nodes =
                snapshot.graph().vertexSet().stream()
                        .sorted()
                        .map(
                                id ->
                                        new Node(
                                                id,
                                                privacy.attributes(
                                                        id,
                                                        snapshot.attributes()
                                                                .getOrDefault(id, Map.of())),
                                                metrics.get(id)))
                        .toList();
        return new NetworkView(
                analysed.year(),
                snapshot.query(),
                analysed.result().graph(),
                analysed.result().groups(),
                nodes,
                links(snapshot.graph()),
                analysed.betweenness());
    }

    private static List<Link> links(Graph<String, DefaultWeightedEdge> graph) {
        return graph.edgeSet().stream()
                .map(
                        e -> {
                            String a = graph.getEdgeSource(e);
                            String b = graph.getEdgeTarget(e);
                            return a.compareTo(b) <= 0
                                    ? new Link(a, b, graph.getEdgeWeight(e))
                                    : new Link(b, a, graph.getEdgeWeight(e));
                        })
                .sorted(
                        (x, y) ->
                                x.source().equals(y.source())
                                        ? x.target().compareTo(y.target())
                                        : x.source().compareTo(y.source()))
                .toList();
    }
}
