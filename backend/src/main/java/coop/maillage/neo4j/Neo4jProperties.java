package coop.maillage.neo4j;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code uri}, an embedded Neo4j is started in this process on
 * {@code dataDir}, with its Bolt connector on {@code boltAddress:boltPort}; with a {@code uri} (for
 * instance {@code neo4j://db.example:7687}), no embedded database starts and that server or cluster
 * is used with {@code username} and {@code password}.
 *
 * @param uri Bolt or routing URI of an external server or cluster; empty for the embedded mode
 * @param username user name for the external server
 * @param password password for the external server
 * @param database database name
 * @param dataDir directory of the embedded database
 * @param boltAddress address the embedded Bolt connector listens on
 * @param boltPort port of the embedded Bolt connector; 0 picks a free port
 * @param pageCache page cache size of the embedded database, Neo4j syntax (e.g. {@code 256m})
 */
@ConfigurationProperties("maillage.neo4j")
public record Neo4jProperties(
        String uri,
        String username,
        String password,
        String database,
        Path dataDir,
        String boltAddress,
        Integer boltPort,
        String pageCache) {

    static final String DEFAULT_DATABASE = "neo4j";
    static final int DEFAULT_BOLT_PORT = 7687;

    public Neo4jProperties {
        database = blankToNull(database) == null ? DEFAULT_DATABASE : database;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        boltAddress = blankToNull(boltAddress) == null ? "127.0.0.1" : boltAddress;
        boltPort = boltPort == null ? DEFAULT_BOLT_PORT : boltPort;
        pageCache = blankToNull(pageCache) == null ? "128m" : pageCache;
        uri = blankToNull(uri);
    }

    /** True when no external URI is configured and the embedded database must start. */
    public boolean embedded() {
        return uri == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
