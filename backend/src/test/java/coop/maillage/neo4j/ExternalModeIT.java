package coop.maillage.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.MaillageApplication;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With a URI and credentials, the application starts no embedded database and runs against a
 * separately started Neo4j server that requires authentication.
 */
class ExternalModeIT {

    static final String PASSWORD = "maillage-external-test";

    @TempDir static Path serverHome;
    @TempDir Path unusedDataDir;

    static DatabaseManagementService server;
    static String uri;

    @BeforeAll
    static void startSeparateServer() {
        server =
                new DatabaseManagementServiceBuilder(serverHome)
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                        .setConfig(GraphDatabaseSettings.auth_enabled, true)
                        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                        .build();
        var system = (GraphDatabaseAPI) server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD '" + PASSWORD + "' CHANGE NOT REQUIRED");
        int port =
                system.getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT)
                        .getPort();
        uri = "neo4j://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopServer() {
        server.shutdown();
    }

    @Test
    void shouldUseTheExternalServerAndLoadTheSeedIntoIt() {
        try (ConfigurableApplicationContext app = start(uri, "neo4j", PASSWORD)) {
            DatabaseEndpoint endpoint = app.getBean(DatabaseEndpoint.class);
            assertThat(endpoint.mode()).isEqualTo(DatabaseEndpoint.Mode.EXTERNAL);
            assertThat(endpoint.describe()).contains("external Neo4j at " + uri);
        }
        assertThat(unusedDataDir.resolve("data")).doesNotExist();
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
                var session = driver.session()) {
            long actors =
                    session.run("MATCH (a:Actor) RETURN count(a) AS c").single().get("c").asLong();
            long migrations =
                    session.run("MATCH (m:__Migration) RETURN count(m) AS c")
                            .single()
                            .get("c")
                            .asLong();
            assertThat(actors).as("seed loaded into the external server").isEqualTo(213);
            assertThat(migrations).isEqualTo(4);
        }
    }

    @Test
    void shouldSayTheCredentialsWereRefused() {
        StartupFailure failure = failureOf(() -> start(uri, "neo4j", "wrong-password").close());
        assertThat(failure.getMessage()).contains("refused the credentials");
        assertThat(failure.action()).contains("MAILLAGE_NEO4J_PASSWORD");
        assertThat(failure.getCause())
                .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
    }

    @Test
    void shouldSayAnUnreachableServerCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        StartupFailure failure =
                failureOf(() -> start("bolt://127.0.0.1:" + closedPort, "neo4j", PASSWORD).close());
        assertThat(failure.getMessage()).contains("cannot be reached");
        assertThat(failure.action()).contains("MAILLAGE_NEO4J_URI");
    }

    private static StartupFailure failureOf(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof StartupFailure failure) {
                    return failure;
                }
            }
            throw new AssertionError("no StartupFailure in the cause chain", e);
        }
        throw new AssertionError("the application started");
    }

    private ConfigurableApplicationContext start(String uri, String user, String password) {
        // Command-line arguments take precedence over application.properties.
        return new SpringApplicationBuilder(MaillageApplication.class)
                .run(
                        "--server.port=0",
                        "--maillage.neo4j.uri=" + uri,
                        "--maillage.neo4j.username=" + user,
                        "--maillage.neo4j.password=" + password,
                        "--maillage.neo4j.data-dir=" + unusedDataDir.resolve("data"));
    }
}
