package coop.maillage.network;

import java.util.Objects;

/**
 * A dated, weighted, undirected tie. Actor–actor ties belong to {@link Layer#COLLABORATIONS},
 * actor–project ties to {@link Layer#PROJECTS}, actor–event/workshop ties to {@link
 * Layer#WORKSHOPS}. Endpoint order carries no meaning.
 *
 * @param source id of one endpoint
 * @param target id of the other endpoint
 * @param layer the layer the tie belongs to
 * @param weight tie strength, finite and non-negative (1 for a plain tie)
 * @param interval when the tie is active; {@link Interval#ALWAYS} when undated
 */
public record TemporalTie(
        String source, String target, Layer layer, double weight, Interval interval) {

    /** The weight of a tie whose input gives none. */
    public static final double DEFAULT_WEIGHT = 1.0;

    public TemporalTie {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(layer, "layer");
        if (!Double.isFinite(weight) || weight <= 0) {
            throw new IllegalArgumentException(
                    "tie weight must be a finite positive number, got " + weight);
        }
        interval = interval == null ? Interval.ALWAYS : interval;
    }
}
