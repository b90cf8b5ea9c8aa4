package coop.maillage.backup;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.neo4j.EmbeddedNeo4j;
import coop.maillage.seed.ClusterJuraSeed;
import coop.maillage.seed.DatasetLoader;
import coop.maillage.seed.generator.GeneratorParameters;
import coop.maillage.seed.generator.TerritoryGenerator;
import coop.maillage.support.DatabaseIT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Kills the real jar with SIGKILL while {@code load} is writing a large territory into a database
 * that already holds the demonstration dataset, then opens that database: it must hold exactly what
 * it held before the import, since the import is one transaction that never committed.
 */
class ImportKillIT extends DatabaseIT {

    private static final Path JAR = Path.of("target", "maillage.jar");
    private static final int ACTORS = 5_000;

    /**
     * The text of the import's node statements: once one runs, the import's transaction has
     * written, and the whole relationship stage (most of the work) is still ahead.
     */
    private static final String NODE_STAGE = "OPTIONAL MATCH (n:";

    /** Generous: start-up alone takes a minute on a loaded two-core machine. */
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(120);

    @TempDir Path work;

    @Test
    void shouldHoldExactlyTheDataOfBeforeAnImportKilledMidway() throws Exception {
        assertThat(JAR).as("the jar, built by 'package' before the integration tests").exists();
        Path data = work.resolve("data");
        Path territory = work.resolve("territory");
        TerritoryGenerator.generate(GeneratorParameters.defaults().withActors(ACTORS), territory);
        GraphFingerprint before = seed(data);

        int port = freePort();
        Process load = child(data, port, work.resolve("load.log"), "load", territory.toString());
        try {
            awaitNodeStage(port, load, data);
        } finally {
            load.destroyForcibly();
            load.waitFor();
        }

        assertThat(load.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(before.nodes()).hasSizeGreaterThan(400);
        GraphFingerprint after = fingerprint(data).withoutAccounts();
        assertThat(after.nodes()).hasSameSizeAs(before.nodes());
        assertThat(after.relationships()).hasSameSizeAs(before.relationships());
        assertThat(after).isEqualTo(before);
    }

    /** Waits until the child's import transaction runs a node statement. */
    private void awaitNodeStage(int port, Process load, Path data) throws InterruptedException {
        Instant deadline = Instant.now().plus(CHILD_TIMEOUT);
        try (Driver driver =
                GraphDatabase.driver(
                        "bolt://127.0.0.1:" + port,
                        auth(data),
                        Config.builder()
                                .withConnectionTimeout(1, TimeUnit.SECONDS)
                                .withMaxConnectionPoolSize(1)
                                .build())) {
            while (Instant.now().isBefore(deadline)) {
                assertThat(load.isAlive())
                        .as("the import ended before it could be killed: " + log("load.log"))
                        .isTrue();
                if (importAtNodeStage(driver)) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the import did not start in " + CHILD_TIMEOUT);
    }

    private static boolean importAtNodeStage(Driver driver) {
        try (Session session = driver.session(SessionConfig.forDatabase("system"))) {
            // The marker is a parameter, so that this query's own text does not match it.
            return session.run(
                            """
                            SHOW TRANSACTIONS YIELD currentQuery
                            WHERE currentQuery CONTAINS $marker
                            RETURN count(*) > 0 AS running
                            """,
                            Map.of("marker", NODE_STAGE))
                    .single()
                    .get("running")
                    .asBoolean();
        } catch (RuntimeException e) {
            // Bolt is not up yet.
            return false;
        }
    }

    /** Starts the jar with {@code arguments} on {@code data}, its output going to {@code log}. */
    private static Process child(Path data, int boltPort, Path log, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("MAILLAGE_NEO4J_URI");
        env.put("MAILLAGE_NEO4J_DATA_DIR", data.toString());
        env.put("MAILLAGE_NEO4J_BOLT_PORT", Integer.toString(boltPort));
        env.put("MAILLAGE_NEO4J_PAGE_CACHE", "32m");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Loads the demonstration dataset into {@code data}, in this process (a child jar would add
     * half a minute of start-up), and returns the fingerprint of what it holds.
     */
    private static GraphFingerprint seed(Path data) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "127.0.0.1", 0, "32m");
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), auth(data))) {
            new DatasetLoader(driver, "neo4j")
                    .load(ClusterJuraSeed.read(), ClusterJuraSeed.DESCRIPTION);
            return GraphFingerprint.of(driver, "neo4j");
        }
    }

    private static GraphFingerprint fingerprint(Path data) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "127.0.0.1", 0, "32m");
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), auth(data))) {
            return GraphFingerprint.of(driver, "neo4j");
        }
    }

    /** The embedded database's Bolt credentials, kept in its data directory. */
    private static org.neo4j.driver.AuthToken auth(Path data) {
        try {
            return AuthTokens.basic(
                    EmbeddedNeo4j.BOLT_USER,
                    Files.readString(data.resolve(EmbeddedNeo4j.PASSWORD_FILE)).strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String log(String name) {
        try {
            return Files.readString(work.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
