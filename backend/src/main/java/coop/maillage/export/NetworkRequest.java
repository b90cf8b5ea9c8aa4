package coop.maillage.export;

import coop.maillage.network.Layer;
import java.util.Set;

/**
 * What network to export.
 *
 * @param territory the territory; null for the one with the most actors
 * @param year the snapshot's year; null for the whole history
 * @param cumulative for a snapshot: every tie formed up to the year
 * @param layers the layers of ties
 * @param withoutPole whether the pole is left out
 * @param names whether natural persons appear with their names (admins only)
 */
record NetworkRequest(
        String territory,
        Integer year,
        boolean cumulative,
        Set<Layer> layers,
        boolean withoutPole,
        boolean names) {

    NetworkRequest {
        layers = Set.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("layers: give at least one layer");
        }
    }

    /** Whether this is the whole history rather than one year's snapshot. */
    boolean history() {
        return year == null;
    }

    /** The base of the file name: {@code maillage-network-2020} or {@code …-history}. */
    String fileStem() {
        return "maillage-network-"
                + (history() ? "history" : year + (cumulative ? "-cumulative" : ""));
    }
}
