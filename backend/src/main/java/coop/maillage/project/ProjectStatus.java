package coop.maillage.project;

/** Where a project stands. */
public enum ProjectStatus {
    /** An idea not yet carried. */
    IDEA,
    /** In emergence with the pole. */
    EMERGING,
    /** Running. */
    ACTIVE,
    /** Stopped or abandoned. */
    STOPPED
}
