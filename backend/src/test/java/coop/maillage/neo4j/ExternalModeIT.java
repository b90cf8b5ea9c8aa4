package coop.maillage.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.MaillageApplication;
import coop.maillage.seed.ClusterJuraSeed;
import coop.maillage.seed.CsvFile;
import coop.maillage.support.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With a URI and credentials, the application starts no embedded database and runs against a Neo4j
 * server started separately, in another process ({@link SeparateNeo4jServer}), that requires
 * authentication: the migrations and the seed land there, readable by any driver. Wrong
 * credentials, an unknown host and the stopped server each stop the packaged application with one
 * line naming the fix.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalModeIT {

    static final String PASSWORD = "maillage-external-test";
    private static final long SERVER_START_SECONDS = 120;

    @TempDir static Path serverHome;
    @TempDir static Path workDir;

    static Process server;
    static String uri;

    @BeforeAll
    static void startSeparateServer() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.java());
        command.addAll(ChildJvm.ADD_OPENS);
        command.addAll(
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        SeparateNeo4jServer.class.getName(),
                        serverHome.resolve("neo4j").toString(),
                        "0",
                        PASSWORD));
        server =
                new ProcessBuilder(command)
                        .redirectError(serverHome.resolve("stderr.txt").toFile())
                        .start();
        uri = "neo4j://127.0.0.1:" + awaitPort(server);
    }

    @AfterAll
    static void stopServer() throws Exception {
        stop();
    }

    @Test
    @Order(1)
    void shouldUseTheExternalServerAndLoadTheSeedIntoIt() throws IOException {
        Path unusedDataDir = workDir.resolve("data");
        try (ConfigurableApplicationContext app = start(uri, "neo4j", PASSWORD, unusedDataDir)) {
            DatabaseEndpoint endpoint = app.getBean(DatabaseEndpoint.class);
            assertThat(endpoint.mode()).isEqualTo(DatabaseEndpoint.Mode.EXTERNAL);
            assertThat(endpoint.describe()).contains("external Neo4j at " + uri);
            assertThat(app.getBean(Neo4jConfiguration.EmbeddedHolder.class).embedded())
                    .as("no embedded database started")
                    .isNull();
        }
        assertThat(unusedDataDir).doesNotExist();
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
                var session = driver.session()) {
            long actors = count(session, "MATCH (a:Actor) RETURN count(a) AS c");
            long demonstration =
                    count(session, "MATCH (d:Dataset {demonstration: true}) RETURN count(d) AS c");
            List<Long> migrations =
                    session.run("MATCH (m:__Migration) RETURN m.version AS v ORDER BY v")
                            .list(r -> r.get("v").asLong());
            assertThat(actors)
                    .as("seed loaded into the external server")
                    .isEqualTo(ClusterJuraSeed.read().rows(CsvFile.ACTORS).size());
            assertThat(demonstration).isEqualTo(1);
            assertThat(migrations).hasSize(migrationFiles());
        }
    }

    @Test
    @Order(2)
    void shouldSayInOneLineThatTheCredentialsWereRefused() throws Exception {
        ChildJvm.Result result = runJar(uri, "wrong-password");
        result.assertOneLineStartupFailure(
                "The Neo4j server at " + uri + " refused the credentials",
                "MAILLAGE_NEO4J_PASSWORD");
    }

    @Test
    @Order(3)
    void shouldSayOnceThatACommandCannotStart() throws Exception {
        ChildJvm.Result result = runJar(uri, "wrong-password", "seed");
        result.assertOneLineStartupFailure("refused the credentials");
    }

    @Test
    @Order(4)
    void shouldSayAnUnknownHostCannotBeReached() throws Exception {
        ChildJvm.Result result = runJar("neo4j://no-such-host.invalid", PASSWORD);
        result.assertOneLineStartupFailure(
                "The Neo4j server at neo4j://no-such-host.invalid cannot be reached (unknown host",
                "MAILLAGE_NEO4J_URI");
    }

    @Test
    @Order(5)
    void shouldSayTheStoppedServerCannotBeReached() throws Exception {
        stop();
        ChildJvm.Result result = runJar(uri, PASSWORD);
        result.assertOneLineStartupFailure(
                "The Neo4j server at " + uri + " cannot be reached", "MAILLAGE_NEO4J_URI");
    }

    private static ChildJvm.Result runJar(String uri, String password, String... args)
            throws Exception {
        return ChildJvm.jar(
                workDir,
                Map.of(
                        "MAILLAGE_NEO4J_URI", uri,
                        "MAILLAGE_NEO4J_PASSWORD", password,
                        "MAILLAGE_PORT", "0"),
                args);
    }

    private static long count(org.neo4j.driver.Session session, String cypher) {
        return session.run(cypher).single().get("c").asLong();
    }

    private static int migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/neo4j/migrations"))) {
            return (int) files.filter(f -> f.getFileName().toString().startsWith("V")).count();
        }
    }

    private static int awaitPort(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SERVER_START_SECONDS);
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(SeparateNeo4jServer.READY)) {
                return Integer.parseInt(line.substring(SeparateNeo4jServer.READY.length()));
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly();
        throw new AssertionError(
                "the separate Neo4j server did not start: "
                        + Files.readString(serverHome.resolve("stderr.txt")));
    }

    private static void stop() throws Exception {
        if (server == null || !server.isAlive()) {
            return;
        }
        server.getOutputStream().close();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private ConfigurableApplicationContext start(
            String uri, String user, String password, Path dataDir) {
        // Command-line arguments take precedence over application.properties.
        return new SpringApplicationBuilder(MaillageApplication.class)
                .run(
                        "--server.port=0",
                        "--maillage.neo4j.uri=" + uri,
                        "--maillage.neo4j.username=" + user,
                        "--maillage.neo4j.password=" + password,
                        "--maillage.neo4j.data-dir=" + dataDir,
                        "--maillage.seed.load-on-empty=true",
                        "--maillage.security.admin-password=external mode test password");
    }
}
