package coop.maillage.collaboration;

/** What a direct collaboration is. */
public enum CollaborationKind {
    /** A partnership. */
    PARTNERSHIP,
    /** Pooling of resources (mutualisation). */
    POOLING,
    /** A formal agreement (convention). */
    AGREEMENT,
    /** Funding. */
    FUNDING,
    /** Support or accompaniment. */
    SUPPORT,
    /** Membership of the same network. */
    NETWORK
}
