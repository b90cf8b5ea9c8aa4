package coop.maillage.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An embedded Neo4j Community database in this process, reachable over Bolt on the configured
 * address. The application reaches it only through the driver, exactly as it reaches an external
 * server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The Bolt user of the embedded database. */
    public static final String BOLT_USER = "neo4j";

    /** The file, in the data directory, that holds the Bolt password (readable by its owner). */
    public static final String PASSWORD_FILE = "bolt-password";

    private final DatabaseManagementService service;
    private final Path directory;
    private final String boltUri;
    private final String password;

    private EmbeddedNeo4j(
            DatabaseManagementService service, Path directory, String boltUri, String password) {
        this.service = service;
        this.directory = directory;
        this.boltUri = boltUri;
        this.password = password;
    }

    /**
     * Starts the database on {@code directory}, Bolt on {@code address:port} (port 0 picks a free
     * one).
     *
     * @throws StartupFailure when the directory is locked by another process or the port is taken
     */
    public static EmbeddedNeo4j start(Path directory, String address, int port, String pageCache) {
        Path home = directory.toAbsolutePath().normalize();
        createDirectory(home);
        DatabaseManagementService service;
        try {
            service =
                    new DatabaseManagementServiceBuilder(home)
                            .setConfig(BoltConnector.enabled, true)
                            .setConfig(
                                    BoltConnector.listen_address, new SocketAddress(address, port))
                            .setConfig(
                                    BoltConnector.advertised_address,
                                    new SocketAddress(address, port))
                            .setConfig(HttpConnector.enabled, false)
                            .setConfig(GraphDatabaseSettings.auth_enabled, true)
                            .setConfig(GraphDatabaseSettings.udc_enabled, false)
                            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                            .setConfig(
                                    GraphDatabaseSettings.pagecache_memory,
                                    ByteUnit.parse(pageCache))
                            .setConfig(
                                    GraphDatabaseInternalSettings
                                            .netty_server_shutdown_quiet_period,
                                    0)
                            .setConfig(
                                    GraphDatabaseInternalSettings.netty_server_shutdown_timeout,
                                    Duration.ofSeconds(3))
                            .build();
        } catch (RuntimeException e) {
            throw translate(e, home, address, port);
        }
        GraphDatabaseAPI system =
                (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var bound =
                system.getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT);
        String password;
        try {
            password = BoltPassword.ensure(system, home.resolve(PASSWORD_FILE));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        return new EmbeddedNeo4j(
                service, home, "bolt://" + address + ":" + bound.getPort(), password);
    }

    /** The password of {@link #BOLT_USER}, also kept in {@link #PASSWORD_FILE}. */
    public String password() {
        return password;
    }

    /** The Bolt URI the connector is bound to. */
    public String boltUri() {
        return boltUri;
    }

    /** The absolute data directory. */
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    private static void createDirectory(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StartupFailure(
                    "Cannot create the data directory " + home + " (" + e.getMessage() + ")",
                    "set MAILLAGE_NEO4J_DATA_DIR to a directory you may write to",
                    e);
        }
    }

    private static RuntimeException translate(
            RuntimeException e, Path home, String address, int port) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException) {
                return new StartupFailure(
                        "The data directory " + home + " is in use by another running instance",
                        "stop the other instance, or set MAILLAGE_NEO4J_DATA_DIR to another"
                                + " directory",
                        e);
            }
            if (cause instanceof PortBindException) {
                return new StartupFailure(
                        "The Bolt port " + address + ":" + port + " is already in use",
                        "stop what uses it, or set MAILLAGE_NEO4J_BOLT_PORT to a free port"
                                + " (0 picks one)",
                        e);
            }
        }
        return new StartupFailure(
                "The embedded database could not start: " + rootMessage(e),
                "see " + home.resolve("logs") + " for details",
                e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
