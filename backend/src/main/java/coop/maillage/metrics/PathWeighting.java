package coop.maillage.metrics;

/**
 * How path-based metrics (betweenness, closeness, harmonic) measure a path. Weights are tie
 * strengths, so a stronger tie is a shorter distance when weights are used.
 *
 * @see Metric#BETWEENNESS
 */
public enum PathWeighting {
    /** Every tie has length 1: paths are counted in hops (the default, as networkx). */
    UNWEIGHTED,
    /** A tie of strength w has length 1/w (networkx with {@code weight} set to 1/weight). */
    INVERSE_WEIGHT
}
