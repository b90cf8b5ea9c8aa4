package coop.maillage.neo4j;

import java.io.IOException;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5.26 server for tests that need one in another process: {@code SeparateNeo4jServer HOME
 * PORT PASSWORD} starts a database on {@code HOME} with Bolt on {@code 127.0.0.1:PORT} (0 picks a
 * free port) and authentication required, the user {@code neo4j} having {@code PASSWORD}; prints
 * {@value #READY} and the bound port on one line once it accepts connections; and stops when its
 * standard input closes or it gets SIGTERM.
 */
public final class SeparateNeo4jServer {

    /** What the server prints, followed by its Bolt port, once it is ready. */
    public static final String READY = "bolt-port=";

    private SeparateNeo4jServer() {}

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        DatabaseManagementService service =
                new DatabaseManagementServiceBuilder(home)
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(
                                BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(HttpConnector.enabled, false)
                        .setConfig(GraphDatabaseSettings.auth_enabled, true)
                        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
                        .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
        var system =
                (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                java.util.Map.of("password", password));
        int bound =
                system.getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT)
                        .getPort();
        System.out.println(READY + bound);
        System.out.flush();
        // Runs until the parent closes standard input (or dies, which closes it too).
        while (System.in.read() >= 0) {
            // Input is ignored.
        }
        System.exit(0);
    }
}
