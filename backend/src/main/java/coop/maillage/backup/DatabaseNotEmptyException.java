package coop.maillage.backup;

/** A restore refused because the database already holds data. */
public class DatabaseNotEmptyException extends RuntimeException {

    static final String FIX =
            "restore only into an empty database: start Maillage on a new data directory"
                    + " (MAILLAGE_NEO4J_DATA_DIR) or an empty external database, with"
                    + " MAILLAGE_SEED=false so that the demonstration dataset is not loaded";

    private final long nodes;

    DatabaseNotEmptyException(long nodes) {
        super(
                "The database is not empty: it holds "
                        + nodes
                        + " node"
                        + (nodes == 1 ? "" : "s")
                        + ", and a restore never mixes a backup with other data");
        this.nodes = nodes;
    }

    /** The nodes the database holds (migration records aside). */
    public long nodes() {
        return nodes;
    }

    /** What to do. */
    public String fix() {
        return FIX;
    }
}
