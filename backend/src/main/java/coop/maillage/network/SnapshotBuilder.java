package coop.maillage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Cuts a {@link Snapshot} for one year out of a {@link TemporalNetwork}.
 *
 * <p>For year Y, a node or a tie belongs to the snapshot when its interval overlaps Y, or, for a
 * cumulative query, when it started by Y (every tie formed up to Y); undated ones always belong.
 * The vertices are the actors that belong, without the pole when the query says so; actors without
 * ties stay as isolated vertices. A dated attribute ({@link DatedAttribute}, a member's college)
 * takes the value in force in Y (for a cumulative query, the latest taken up by Y), or none. Edges
 * come from the query's layers:
 *
 * <ul>
 *   <li>{@link Layer#COLLABORATIONS}: each actor–actor tie adds its weight;
 *   <li>{@link Layer#PROJECTS} and {@link Layer#WORKSHOPS}: the two-mode actor–project (or
 *       actor–event) graph is projected onto actors: each project (event) that belongs adds 1 to
 *       every pair of distinct actors with a participation that belongs, so the weight is the
 *       number of shared projects (Borgatti &amp; Everett, "Network analysis of 2-mode data",
 *       Social Networks 19, 1997; networkx {@code bipartite.weighted_projected_graph}). Several
 *       participations of an actor in one project count once. In a cumulative snapshot, a project
 *       ties two actors only if their participations overlap in some year up to Y, so that its ties
 *       are those of the yearly snapshots up to Y. Ties of these layers that do not join an actor
 *       to a project or event are ignored.
 * </ul>
 *
 * Weights of the same pair from several ties or layers are summed; self-loops are dropped, and so
 * are ties with an endpoint absent from the snapshot. Vertices are added in increasing id order and
 * edges in increasing order of their endpoints, so equal inputs give equal graphs.
 *
 * <p>Complexity: O(N + T + Σ<sub>p</sub> k<sub>p</sub>²) for N nodes, T ties and k<sub>p</sub>
 * participants of project p, plus sorting the actors and the pairs.
 */
public final class SnapshotBuilder {

    /** The value of the {@code kind} attribute that marks the pole's actor. */
    public static final String POLE_KIND = "POLE";

    private SnapshotBuilder() {}

    /** The snapshot of {@code network} that {@code query} describes. */
    public static Snapshot build(TemporalNetwork network, SnapshotQuery query) {
        // 1. the actors that belong, in id order
        List<TemporalNode> actors = selectActors(network, query);
        Map<String, Integer> index = new HashMap<>(actors.size() * 2);
        for (int i = 0; i < actors.size(); i++) {
            index.put(actors.get(i).id(), i);
        }
        // 2. summed weights of actor pairs, layer by layer
        PairWeights weights = new PairWeights(actors.size());
        if (query.layers().contains(Layer.COLLABORATIONS)) {
            addCollaborations(network, query, index, weights);
        }
        Set<String> hubs = selectHubs(network, query);
        for (Layer layer : List.of(Layer.PROJECTS, Layer.WORKSHOPS)) {
            if (query.layers().contains(layer)) {
                Projection.add(network, query, layer, index, hubs, weights);
            }
        }
        // 3. the graph, with vertices and edges in a fixed order
        return new Snapshot(toGraph(actors, weights), attributesOf(actors, network, query), query);
    }

    /** Whether {@code node} is the pole: the network's pole id, or an actor of kind POLE. */
    public static boolean isPole(TemporalNetwork network, TemporalNode node) {
        return node.id().equals(network.poleId())
                || POLE_KIND.equalsIgnoreCase(node.attribute("kind"));
    }

    private static List<TemporalNode> selectActors(TemporalNetwork network, SnapshotQuery query) {
        List<TemporalNode> actors = new ArrayList<>();
        for (TemporalNode node : network.nodes()) {
            if (node.mode() == NodeMode.ACTOR
                    && query.covers(node.interval())
                    && !(query.withoutPole() && isPole(network, node))) {
                actors.add(node);
            }
        }
        actors.sort((a, b) -> a.id().compareTo(b.id()));
        return actors;
    }

    private static Set<String> selectHubs(TemporalNetwork network, SnapshotQuery query) {
        Set<String> hubs = new HashSet<>();
        for (TemporalNode node : network.nodes()) {
            if (node.mode() != NodeMode.ACTOR && query.covers(node.interval())) {
                hubs.add(node.id());
            }
        }
        return hubs;
    }

    private static void addCollaborations(
            TemporalNetwork network,
            SnapshotQuery query,
            Map<String, Integer> index,
            PairWeights weights) {
        for (TemporalTie tie : network.ties()) {
            if (tie.layer() != Layer.COLLABORATIONS || !query.covers(tie.interval())) {
                continue;
            }
            Integer source = index.get(tie.source());
            Integer target = index.get(tie.target());
            if (source != null && target != null) {
                weights.add(source, target, tie.weight());
            }
        }
    }

    private static Graph<String, DefaultWeightedEdge> toGraph(
            List<TemporalNode> actors, PairWeights weights) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> graph =
                new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        actors.forEach(actor -> graph.addVertex(actor.id()));
        weights.forEach(
                (i, j, weight) -> {
                    DefaultWeightedEdge edge =
                            graph.addEdge(actors.get(i).id(), actors.get(j).id());
                    graph.setEdgeWeight(edge, weight);
                });
        return new AsUnmodifiableGraph<>(graph);
    }

    /**
     * The actors' attributes as of the query's year: a dated attribute (a member's college) gives
     * the value in force that year — for a cumulative query, the latest taken up by then — and none
     * when no value of that key is in force.
     */
    private static Map<String, Map<String, String>> attributesOf(
            List<TemporalNode> actors, TemporalNetwork network, SnapshotQuery query) {
        Map<String, Map<String, DatedAttribute>> inForce = new HashMap<>();
        Map<String, Set<String>> datedKeys = new HashMap<>();
        for (DatedAttribute dated : network.datedAttributes()) {
            datedKeys.computeIfAbsent(dated.node(), n -> new HashSet<>()).add(dated.key());
            if (query.covers(dated.interval())) {
                inForce.computeIfAbsent(dated.node(), n -> new HashMap<>())
                        .merge(dated.key(), dated, SnapshotBuilder::later);
            }
        }
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        for (TemporalNode actor : actors) {
            Set<String> keys = datedKeys.get(actor.id());
            if (keys == null) {
                attributes.put(actor.id(), actor.attributes());
                continue;
            }
            Map<String, String> own = new LinkedHashMap<>(actor.attributes());
            own.keySet().removeAll(keys);
            inForce.getOrDefault(actor.id(), Map.of())
                    .forEach((key, dated) -> own.put(key, dated.value()));
            attributes.put(actor.id(), Collections.unmodifiableMap(own));
        }
        return Collections.unmodifiableMap(attributes);
    }

    /** Of two values in force, the one taken up last (undated starts count as earliest). */
    private static DatedAttribute later(DatedAttribute a, DatedAttribute b) {
        LocalDate fromA = a.interval().from();
        LocalDate fromB = b.interval().from();
        if (fromA == null) {
            return b;
        }
        return fromB != null && fromB.isAfter(fromA) ? b : a;
    }
}
