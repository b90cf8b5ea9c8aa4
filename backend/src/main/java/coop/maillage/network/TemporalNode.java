package coop.maillage.network;

import java.util.Map;
import java.util.Objects;

/**
 * A dated node of the temporal network: an actor, a project or an event.
 *
 * @param id stable identifier, unique in its network
 * @param mode actor, or the second mode (project, event) that snapshots project away
 * @param attributes string attributes (sector, kind, college, commune, name, person…), never null
 * @param interval when the node exists; {@link Interval#ALWAYS} when undated
 */
public record TemporalNode(
        String id, NodeMode mode, Map<String, String> attributes, Interval interval) {

    public TemporalNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        interval = interval == null ? Interval.ALWAYS : interval;
    }

    /** The value of an attribute, or {@code null} when the node does not have it. */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
