package coop.maillage.metrics;

/**
 * Whether betweenness sweeps every node as a source or a seeded uniform sample of them.
 *
 * @see PathCentralities
 */
public enum BetweennessMode {
    /** All n sources: exact, O(nm). */
    EXACT,
    /** k sources drawn with the seed, rescaled: an unbiased estimate in O(km). */
    SAMPLED
}
