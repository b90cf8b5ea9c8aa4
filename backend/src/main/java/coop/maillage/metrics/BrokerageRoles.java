package coop.maillage.metrics;

/**
 * Counts of the open two-paths A–B–C (A and C not adjacent) in which a node is the broker B, by
 * Gould &amp; Fernandez role adapted to undirected ties.
 *
 * @param coordinator A, B and C in the same group
 * @param consultant A and C in one group, B in another (itinerant broker)
 * @param gatekeeperRepresentative B shares its group with exactly one of A and C (undirected ties
 *     cannot tell gatekeeper from representative)
 * @param liaison A, B and C in three different groups
 * @param total all open two-paths through B with three labelled nodes
 * @see Metric#BROKERAGE
 */
public record BrokerageRoles(
        long coordinator,
        long consultant,
        long gatekeeperRepresentative,
        long liaison,
        long total) {}
