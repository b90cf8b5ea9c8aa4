package coop.maillage.network;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to cut from a temporal network.
 *
 * @param year the calendar year
 * @param cumulative {@code false}: actors and ties active in {@code year}; {@code true}: actors and
 *     ties that started by {@code year}
 * @param layers the layers whose ties are kept, not empty; see {@link Layer#DEFAULTS}
 * @param withoutPole whether the pole (and any actor of kind {@code POLE}) is removed
 */
public record SnapshotQuery(int year, boolean cumulative, Set<Layer> layers, boolean withoutPole) {

    public SnapshotQuery {
        Objects.requireNonNull(layers, "layers");
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a snapshot needs at least one layer");
        }
        layers = Set.copyOf(EnumSet.copyOf(layers));
    }

    /** The snapshot of {@code year} with the default layers and the pole. */
    public static SnapshotQuery ofYear(int year) {
        return new SnapshotQuery(year, false, Layer.DEFAULTS, false);
    }

    /** The cumulative snapshot up to {@code year} with the default layers and the pole. */
    public static SnapshotQuery cumulativeTo(int year) {
        return new SnapshotQuery(year, true, Layer.DEFAULTS, false);
    }

    /** This query with other layers. */
    public SnapshotQuery withLayers(Set<Layer> newLayers) {
        return new SnapshotQuery(year, cumulative, newLayers, withoutPole);
    }

    /** This query with the pole removed (or kept). */
    public SnapshotQuery withoutPole(boolean remove) {
        return new SnapshotQuery(year, cumulative, layers, remove);
    }

    /** Whether something dated by {@code interval} belongs to the snapshot. */
    public boolean covers(Interval interval) {
        return cumulative ? interval.startedBy(year) : interval.activeIn(year);
    }
}
