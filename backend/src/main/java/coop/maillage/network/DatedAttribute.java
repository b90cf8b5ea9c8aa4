package coop.maillage.network;

import java.util.Objects;

/**
 * An attribute of a node that holds only for a while, such as the college of a member: the snapshot
 * of a year gives the node the value in force that year (see {@link SnapshotBuilder}).
 *
 * @param node id of the node it belongs to
 * @param key attribute name, e.g. {@code college}
 * @param value the value while {@code interval} lasts
 * @param interval when the value holds; {@link Interval#ALWAYS} when undated
 */
public record DatedAttribute(String node, String key, String value, Interval interval) {

    public DatedAttribute {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        interval = interval == null ? Interval.ALWAYS : interval;
    }
}
