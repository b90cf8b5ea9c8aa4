package coop.maillage.export;

import coop.maillage.network.Interval;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A network ready to be written in any export format: nodes and edges in their output order, with
 * attributes as text (already pseudonymised where needed) and, for the whole history, their time
 * intervals. A snapshot is static: nothing is dated. Writers only format what is here, so every
 * format says the same thing.
 *
 * @param dynamic whether nodes and edges carry intervals (the whole history)
 * @param properties graph-level facts: year, layers, pseudonymised… in their output order
 * @param nodes the nodes, sorted by id, ids distinct
 * @param edges the edges, sorted by source, target, layer and weight
 */
record ExportGraph(
        boolean dynamic, Map<String, String> properties, List<Node> nodes, List<Edge> edges) {

    /** Attribute names in the order writers declare them; others follow in alphabetical order. */
    static final List<String> ORDER =
            List.of(
                    "name",
                    "kind",
                    "sector",
                    "college",
                    "commune",
                    "territory",
                    "person",
                    "domain",
                    "stage",
                    "status",
                    "legalForm",
                    "jobs",
                    "accompanied",
                    "scoreTotal",
                    "facilitators",
                    "event",
                    "degree",
                    "strength",
                    "betweenness",
                    "closeness",
                    "harmonic",
                    "eigenvector",
                    "pagerank",
                    "clustering",
                    "constraint",
                    "effectiveSize",
                    "community",
                    "layer");

    ExportGraph {
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            if (!ids.add(node.id())) {
                throw new PseudonymCollisionException(node.id(), "the network");
            }
        }
    }

    /**
     * A node.
     *
     * @param id its exported id (a pseudonym for a natural person unless names were asked for)
     * @param attributes its attributes as text, absent when unknown
     * @param interval when it exists; {@link Interval#ALWAYS} in a snapshot
     */
    record Node(String id, Map<String, String> attributes, Interval interval) {
        Node {
            Objects.requireNonNull(id, "id");
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            interval = interval == null ? Interval.ALWAYS : interval;
        }
    }

    /**
     * An undirected edge.
     *
     * @param source one end (the actor, for a tie between an actor and a project or workshop)
     * @param target the other end
     * @param weight its weight
     * @param attributes its other attributes as text
     * @param spells the disjoint intervals in which it is active, in order; one {@link
     *     Interval#ALWAYS} in a snapshot
     */
    record Edge(
            String source,
            String target,
            double weight,
            Map<String, String> attributes,
            List<Interval> spells) {
        Edge {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            spells = List.copyOf(spells);
            if (spells.isEmpty()) {
                throw new IllegalArgumentException("an edge needs at least one interval");
            }
        }
    }

    /** The names of the node attributes, in {@link #ORDER}. */
    List<String> nodeKeys() {
        return ordered(nodes.stream().map(Node::attributes).toList());
    }

    /** The names of the edge attributes other than the weight, in {@link #ORDER}. */
    List<String> edgeKeys() {
        return ordered(edges.stream().map(Edge::attributes).toList());
    }

    /** Whether two edges join the same two nodes: readers then need a multigraph. */
    boolean hasParallelEdges() {
        Set<String> pairs = new HashSet<>();
        for (Edge edge : edges) {
            if (!pairs.add(pairKey(edge))) {
                return true;
            }
        }
        return false;
    }

    /** The same text for an edge and its reverse. */
    static String pairKey(Edge edge) {
        String a = edge.source();
        String b = edge.target();
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static List<String> ordered(Collection<Map<String, String>> maps) {
        Set<String> present = new HashSet<>();
        maps.forEach(map -> present.addAll(map.keySet()));
        List<String> keys = new ArrayList<>();
        for (String key : ORDER) {
            if (present.remove(key)) {
                keys.add(key);
            }
        }
        keys.addAll(new TreeSet<>(present));
        return keys;
    }
}
