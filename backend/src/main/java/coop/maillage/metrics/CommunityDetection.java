package coop.maillage.metrics;

/** Whether the analysis detects communities, and how. */
public enum CommunityDetection {
    /** No community detection; {@code communities} and {@code modularity} are null. */
    OFF,
    /** The Louvain method with the options' seed. */
    LOUVAIN
}
