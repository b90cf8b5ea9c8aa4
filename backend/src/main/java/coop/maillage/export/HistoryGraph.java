package coop.maillage.export;

import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.SnapshotBuilder;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The export of the whole history: the dated two-mode network the snapshots are cut from. Every
 * actor with its interval; for the layers asked for, every collaboration (actor–actor), every
 * participation (actor–project) and every attendance (actor–workshop) with its interval and weight;
 * the projects and workshops those ties reach, with their intervals and {@code kind} {@code
 * project} or {@code event}. A reader that projects the second mode onto actors, as {@code analyse
 * --input} and {@link SnapshotBuilder} do, gets back the store's snapshot of any year.
 *
 * <p>Ties that join the same two nodes in the same layer with the same weight become one edge with
 * several intervals (GEXF spells) when their intervals do not overlap; overlapping ones stay
 * separate edges, since their weights add up in a snapshot.
 */
final class HistoryGraph {

    private HistoryGraph() {}

    /**
     * The history of {@code network} in {@code layers}, without the pole when asked, its persons as
     * {@code mask} says.
     */
    static ExportGraph of(
            TemporalNetwork network,
            Set<Layer> layers,
            boolean withoutPole,
            String territory,
            PersonMask mask) {
        Map<String, TemporalNode> actors = new HashMap<>();
        Map<String, TemporalNode> hubs = new HashMap<>();
        for (TemporalNode node : network.nodes()) {
            if (node.mode() != NodeMode.ACTOR) {
                hubs.put(node.id(), node);
            } else if (!(withoutPole && SnapshotBuilder.isPole(network, node))) {
                actors.put(node.id(), node);
            }
        }
        // 1. the ties kept, grouped by their two ends, layer and weight
        Map<String, TemporalNode> reached = new HashMap<>();
        Map<EdgeKey, List<Interval>> groups = new TreeMap<>();
        for (TemporalTie tie : network.ties()) {
            EdgeKey key = key(tie, layers, actors, hubs, reached, mask);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(tie.interval());
            }
        }
        // 2. the nodes: every actor, and the projects and workshops a tie reaches
        List<ExportGraph.Node> nodes = new ArrayList<>();
        actors.values().forEach(actor -> nodes.add(node(actor, mask)));
        reached.values().forEach(hub -> nodes.add(node(hub, mask)));
        nodes.sort(Comparator.comparing(ExportGraph.Node::id));
        // 3. the edges, intervals packed into spells
        List<ExportGraph.Edge> edges = new ArrayList<>();
        groups.forEach((key, intervals) -> edges.addAll(edges(key, intervals)));
        return new ExportGraph(
                true, properties(layers, withoutPole, territory, mask), nodes, edges);
    }

    private static EdgeKey key(
            TemporalTie tie,
            Set<Layer> layers,
            Map<String, TemporalNode> actors,
            Map<String, TemporalNode> hubs,
            Map<String, TemporalNode> reached,
            PersonMask mask) {
        if (!layers.contains(tie.layer()) || tie.source().equals(tie.target())) {
            return null;
        }
        if (tie.layer() == Layer.COLLABORATIONS) {
            if (!actors.containsKey(tie.source()) || !actors.containsKey(tie.target())) {
                return null;
            }
            String a = mask.id(tie.source());
            String b = mask.id(tie.target());
            return a.compareTo(b) <= 0
                    ? new EdgeKey(a, b, tie.layer(), tie.weight())
                    : new EdgeKey(b, a, tie.layer(), tie.weight());
        }
        boolean sourceIsActor = actors.containsKey(tie.source());
        String actor = sourceIsActor ? tie.source() : tie.target();
        TemporalNode hub = hubs.get(sourceIsActor ? tie.target() : tie.source());
        if (!actors.containsKey(actor) || hub == null) {
            return null;
        }
        reached.put(hub.id(), hub);
        return new EdgeKey(mask.id(actor), hub.id(), tie.layer(), tie.weight());
    }

    private static ExportGraph.Node node(TemporalNode node, PersonMask mask) {
        Map<String, String> attributes =
                new LinkedHashMap<>(mask.attributes(node.id(), node.attributes()));
        if (attributes.containsKey("facilitators")) {
            attributes.put("facilitators", mask.ids(attributes.get("facilitators")));
        }
        return new ExportGraph.Node(mask.id(node.id()), attributes, node.interval());
    }

    /** Packs the intervals greedily, in order of their starts, into edges of disjoint spells. */
    private static List<ExportGraph.Edge> edges(EdgeKey key, List<Interval> intervals) {
        List<List<Interval>> packed = new ArrayList<>();
        intervals.stream()
                .sorted(
                        Comparator.comparing(Interval::from, nullsFirst())
                                .thenComparing(
                                        Interval::to,
                                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(
                        interval -> {
                            for (List<Interval> spells : packed) {
                                LocalDate lastEnd = spells.get(spells.size() - 1).to();
                                if (lastEnd != null
                                        && interval.from() != null
                                        && lastEnd.isBefore(interval.from())) {
                                    spells.add(interval);
                                    return;
                                }
                            }
                            packed.add(new ArrayList<>(List.of(interval)));
                        });
        Map<String, String> attributes = Map.of("layer", key.layer().jsonName());
        return packed.stream()
                .map(
                        spells ->
                                new ExportGraph.Edge(
                                        key.source(),
                                        key.target(),
                                        key.weight(),
                                        attributes,
                                        spells))
                .toList();
    }

    private static Comparator<LocalDate> nullsFirst() {
        return Comparator.nullsFirst(Comparator.naturalOrder());
    }

    private static Map<String, String> properties(
            Set<Layer> layers, boolean withoutPole, String territory, PersonMask mask) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("layers", SnapshotGraph.layers(layers));
        properties.put("withoutPole", Boolean.toString(withoutPole));
        if (territory != null) {
            properties.put("territory", territory);
        }
        properties.put("pseudonymised", Boolean.toString(mask.pseudonymises()));
        return properties;
    }

    /** The two ends (in output order), layer and weight that ties of one edge share. */
    private record EdgeKey(String source, String target, Layer layer, double weight)
            implements Comparable<EdgeKey> {

        private static final Comparator<EdgeKey> ORDER =
                Comparator.comparing(EdgeKey::source)
                        .thenComparing(EdgeKey::target)
                        .thenComparing(EdgeKey::layer)
                        .thenComparingDouble(EdgeKey::weight);

        @Override
        public int compareTo(EdgeKey other) {
            return ORDER.compare(this, other);
        }
    }
}
