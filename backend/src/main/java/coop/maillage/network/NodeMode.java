package coop.maillage.network;

/**
 * The mode of a node in the two-mode (affiliation) network: actors are the first mode, projects and
 * events the second. Snapshots hold only actors; the second mode is projected away.
 */
public enum NodeMode {
    /** An organisation or a natural person: a vertex of every snapshot. */
    ACTOR,
    /** A project actors take part in. */
    PROJECT,
    /** An event or a workshop actors attend. */
    EVENT
}
