package coop.maillage.network;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A dated two-mode network: actors, projects and events with their ties, each with an interval.
 * Snapshots for one year are cut from it by {@link SnapshotBuilder}. Ties may name ids that are not
 * nodes of the network; snapshots drop them as they drop ties to absent actors.
 *
 * @param nodes the nodes, with distinct ids
 * @param ties the ties, in any order; self-loops and repeated ties are allowed
 * @param poleId id of the cooperation pole's actor, or {@code null} when there is none
 * @param datedAttributes attributes that hold only for a while (a member's college), overriding the
 *     node's own attribute of the same key in the snapshots of the years they cover
 */
public record TemporalNetwork(
        List<TemporalNode> nodes,
        List<TemporalTie> ties,
        String poleId,
        List<DatedAttribute> datedAttributes) {

    public TemporalNetwork {
        nodes = List.copyOf(nodes);
        ties = List.copyOf(ties);
        datedAttributes = List.copyOf(datedAttributes);
        Set<String> ids = new HashSet<>();
        for (TemporalNode node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("duplicate node id \"" + node.id() + "\"");
            }
        }
    }

    /** A network whose node attributes hold for the node's whole life. */
    public TemporalNetwork(List<TemporalNode> nodes, List<TemporalTie> ties, String poleId) {
        this(nodes, ties, poleId, List.of());
    }

    /** Whether some actor has a non-blank value of the attribute {@code name}. */
    public boolean hasAttribute(String name) {
        return nodes.stream()
                .filter(node -> node.mode() == NodeMode.ACTOR)
                .map(node -> node.attribute(name))
                .anyMatch(value -> value != null && !value.isBlank());
    }

    /** The names of the actors' attributes, sorted. */
    public SortedSet<String> attributeNames() {
        SortedSet<String> names = new TreeSet<>();
        nodes.stream()
                .filter(node -> node.mode() == NodeMode.ACTOR)
                .forEach(node -> names.addAll(node.attributes().keySet()));
        return names;
    }

    /**
     * The first and last year in which a node or a tie starts or ends, or empty when nothing is
     * dated. Open ends do not extend the range.
     */
    public Optional<YearRange> yearRange() {
        Stream<Interval> intervals =
                Stream.concat(
                        nodes.stream().map(TemporalNode::interval),
                        ties.stream().map(TemporalTie::interval));
        int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        intervals
                .flatMap(interval -> Stream.of(interval.from(), interval.to()))
                .filter(date -> date != null)
                .mapToInt(LocalDate::getYear)
                .forEach(
                        year -> {
                            range[0] = Math.min(range[0], year);
                            range[1] = Math.max(range[1], year);
                        });
        return range[0] > range[1]
                ? Optional.empty()
                : Optional.of(new YearRange(range[0], range[1]));
    }
}
