package coop.maillage.network;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The actor–actor cooperation network of one year: an undirected, simple, weighted graph whose
 * vertices are actor ids (in increasing order) and whose edge weights are tie strengths, with the
 * actors' attributes for grouping (sector, college, commune…). The graph is read-only.
 *
 * @param graph the snapshot graph
 * @param attributes for each vertex, its attributes (an empty map when it has none)
 * @param query the query that cut this snapshot
 */
public record Snapshot(
        Graph<String, DefaultWeightedEdge> graph,
        Map<String, Map<String, String>> attributes,
        SnapshotQuery query) {

    /** The value of an actor's attribute, or {@code null} when it does not have it. */
    public String attribute(String actorId, String name) {
        return attributes.getOrDefault(actorId, Map.of()).get(name);
    }
}
