package coop.maillage.neo4j;

/**
 * Which database the application uses, for the start-up message and the API.
 *
 * @param mode embedded or external
 * @param uri the Bolt or routing URI the driver connects to
 * @param dataDirectory the embedded data directory, or null for an external server
 * @param database the database name
 */
public record DatabaseEndpoint(Mode mode, String uri, String dataDirectory, String database) {

    /** How the database is provided. */
    public enum Mode {
        /** Started in this process on a local data directory. */
        EMBEDDED,
        /** A separately run server or cluster. */
        EXTERNAL
    }

    /** One line for the start-up message. */
    public String describe() {
        return mode == Mode.EMBEDDED
                ? "embedded Neo4j 5.26, data in "
                        + dataDirectory
                        + ", Bolt at "
                        + uri
                        + " (user neo4j, password in "
                        + dataDirectory
                        + "/"
                        + EmbeddedNeo4j.PASSWORD_FILE
                        + ")"
                : "external Neo4j at " + uri + ", database " + database;
    }
}
