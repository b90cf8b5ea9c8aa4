package coop.maillage.io;

import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers the nodes and edges of a graph file, then checks the edges' endpoints and turns the whole
 * into a {@link TemporalNetwork}. Edges are checked at the end because GraphML and GEXF let an edge
 * name a node declared after it.
 *
 * <p>A node whose {@code kind} is {@code project} marks a project, {@code event} or {@code
 * workshop} an event (case-insensitive); any other node is an actor. An edge between two actors is
 * a collaboration; between an actor and a project, a participation ({@link Layer#PROJECTS});
 * between an actor and an event, an attendance ({@link Layer#WORKSHOPS}). An edge between two
 * projects or events (a project that emerged from a workshop) joins no actor, so no snapshot could
 * use it: it is left out. The pole is the only actor of kind {@code POLE}, if there is exactly one.
 */
final class NetworkCollector {

    /** The node attribute that marks the second mode and the pole. */
    static final String KIND = "kind";

    private final int maxNodes;
    private final Map<String, Place> nodePlaces = new HashMap<>();
    private final List<TemporalNode> nodes = new ArrayList<>();
    private final List<RawEdge> edges = new ArrayList<>();

    NetworkCollector(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    /** Adds a node read at {@code place}; its {@code kind} attribute decides its mode. */
    void addNode(Place place, String id, Map<String, String> attributes, Interval interval) {
        if (id == null || id.isBlank()) {
            throw place.error("a node has no id", "give every node an id");
        }
        Place first = nodePlaces.putIfAbsent(id, place);
        if (first != null) {
            throw place.error(
                    "node id \"" + id + "\" is already used" + lineOf(first),
                    "give every node its own id");
        }
        if (nodes.size() == maxNodes) {
            throw place.error(
                    "more than " + maxNodes + " nodes",
                    "split the network or raise the node limit");
        }
        nodes.add(new TemporalNode(id, modeOf(attributes.get(KIND)), attributes, interval));
    }

    /** Adds an edge read at {@code place}: one tie per interval. */
    void addEdge(
            Place place, String source, String target, double weight, List<Interval> intervals) {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw place.error(
                    "an edge lacks its source or its target", "give every edge both ends");
        }
        edges.add(new RawEdge(place, source, target, weight, List.copyOf(intervals)));
    }

    /**
     * The network read, after checking that every edge joins two nodes.
     *
     * @param nodesPlace where nodes are declared, for error messages: " in nodes.csv"
     * @param addNodeFix how to declare a missing node, for error messages: "add it to nodes.csv"
     */
    TemporalNetwork build(String nodesPlace, String addNodeFix) {
        Map<String, NodeMode> modes = new HashMap<>();
        nodes.forEach(node -> modes.put(node.id(), node.mode()));
        List<TemporalTie> ties = new ArrayList<>();
        for (RawEdge edge : edges) {
            NodeMode sourceMode = endpointMode(modes, edge, true, nodesPlace, addNodeFix);
            NodeMode targetMode = endpointMode(modes, edge, false, nodesPlace, addNodeFix);
            Layer layer = layerOf(sourceMode, targetMode);
            if (layer != null) {
                for (Interval interval : edge.intervals) {
                    ties.add(
                            new TemporalTie(
                                    edge.source, edge.target, layer, edge.weight, interval));
                }
            }
        }
        return new TemporalNetwork(nodes, ties, poleId());
    }

    private static NodeMode endpointMode(
            Map<String, NodeMode> modes,
            RawEdge edge,
            boolean source,
            String nodesPlace,
            String addNodeFix) {
        String id = source ? edge.source : edge.target;
        NodeMode mode = modes.get(id);
        if (mode == null) {
            throw edge.place.error(
                    (source ? "source" : "target")
                            + " \""
                            + id
                            + "\" is not a node id"
                            + nodesPlace,
                    addNodeFix + " or correct the id");
        }
        return mode;
    }

    private static Layer layerOf(NodeMode a, NodeMode b) {
        if (a == NodeMode.ACTOR && b == NodeMode.ACTOR) {
            return Layer.COLLABORATIONS;
        }
        NodeMode other = a == NodeMode.ACTOR ? b : b == NodeMode.ACTOR ? a : null;
        if (other == null) {
            return null;
        }
        return other == NodeMode.PROJECT ? Layer.PROJECTS : Layer.WORKSHOPS;
    }

    private String poleId() {
        List<String> poles =
                nodes.stream()
                        .filter(node -> node.mode() == NodeMode.ACTOR)
                        .filter(
                                node ->
                                        SnapshotBuilder.POLE_KIND.equalsIgnoreCase(
                                                node.attribute(KIND)))
                        .map(TemporalNode::id)
                        .toList();
        return poles.size() == 1 ? poles.get(0) : null;
    }

    /** The mode a {@code kind} attribute marks. */
    static NodeMode modeOf(String kind) {
        if (kind == null) {
            return NodeMode.ACTOR;
        }
        return switch (kind.trim().toLowerCase(Locale.ROOT)) {
            case "project" -> NodeMode.PROJECT;
            case "event", "workshop" -> NodeMode.EVENT;
            default -> NodeMode.ACTOR;
        };
    }

    private static String lineOf(Place place) {
        return place.line() > 0 ? " on line " + place.line() : "";
    }

    private record RawEdge(
            Place place, String source, String target, double weight, List<Interval> intervals) {}
}
