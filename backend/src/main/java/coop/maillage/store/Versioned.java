package coop.maillage.store;

/** A stored record: a stable id and the version that detects concurrent edits. */
public interface Versioned {

    /** The stable string id. */
    String id();

    /** The version read with the record; an update must send it back unchanged. */
    Long version();
}
