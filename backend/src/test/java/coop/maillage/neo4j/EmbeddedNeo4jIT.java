package coop.maillage.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.support.ChildJvm;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The embedded database serves Bolt with a password; a data directory or a port already taken stops
 * the start with one line naming the fix, both here and in the packaged application run as a user
 * runs it, whose whole output is checked.
 */
class EmbeddedNeo4jIT {

    @TempDir Path directory;
    @TempDir Path workDir;

    @Test
    void shouldServeBoltOnTheBoundPort() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(directory, "127.0.0.1", 0, "16m");
                var driver =
                        GraphDatabase.driver(
                                neo4j.boltUri(),
                                AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, neo4j.password()))) {
            assertThat(neo4j.boltUri()).matches("bolt://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
            driver.verifyConnectivity();
            assertThat(directory.resolve(EmbeddedNeo4j.PASSWORD_FILE))
                    .content()
                    .contains(neo4j.password());
        }
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(directory, "127.0.0.1", 0, "16m");
                var driver = GraphDatabase.driver(again.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .as("Bolt refuses a client without the password")
                    .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
        }
    }

    @Test
    void shouldSayTheDataDirectoryIsInUseByAnotherInstance() {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(directory, "127.0.0.1", 0, "16m")) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(directory, "127.0.0.1", 0, "16m"))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("is in use by another running instance")
                    .satisfies(
                            e ->
                                    assertThat(((StartupFailure) e).action())
                                            .contains("MAILLAGE_NEO4J_DATA_DIR"));
        }
    }

    @Test
    void shouldSayTheBoltPortIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(
                            () ->
                                    EmbeddedNeo4j.start(
                                            directory, "127.0.0.1", taken.getLocalPort(), "16m"))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("already in use")
                    .satisfies(
                            e ->
                                    assertThat(((StartupFailure) e).action())
                                            .contains("MAILLAGE_NEO4J_BOLT_PORT"));
        }
    }

    @Test
    void shouldRefuseADataDirectoryInUseInOneLineOfTheApplication() throws Exception {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(directory, "127.0.0.1", 0, "16m")) {
            ChildJvm.Result result =
                    ChildJvm.jar(
                            workDir,
                            Map.of(
                                    "MAILLAGE_NEO4J_DATA_DIR", directory.toString(),
                                    "MAILLAGE_NEO4J_BOLT_PORT", "0",
                                    "MAILLAGE_PORT", "0"));
            result.assertOneLineStartupFailure(
                    "is in use by another running instance", "MAILLAGE_NEO4J_DATA_DIR");
        }
    }

    @Test
    void shouldRefuseABoltPortInUseInOneLineOfTheApplication() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ChildJvm.Result result =
                    ChildJvm.jar(
                            workDir,
                            Map.of(
                                    "MAILLAGE_NEO4J_DATA_DIR",
                                    directory.toString(),
                                    "MAILLAGE_NEO4J_BOLT_PORT",
                                    "" + taken.getLocalPort(),
                                    "MAILLAGE_PORT",
                                    "0"));
            result.assertOneLineStartupFailure(
                    "The Bolt port 127.0.0.1:" + taken.getLocalPort() + " is already in use",
                    "MAILLAGE_NEO4J_BOLT_PORT");
        }
    }

    @Test
    void shouldRefuseAWebPortInUseInOneLineNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ChildJvm.Result result =
                    ChildJvm.jar(
                            workDir,
                            Map.of(
                                    "MAILLAGE_NEO4J_DATA_DIR", directory.toString(),
                                    "MAILLAGE_NEO4J_BOLT_PORT", "0",
                                    "MAILLAGE_NEO4J_PAGE_CACHE", "16m",
                                    "MAILLAGE_SEED", "false",
                                    "MAILLAGE_ADMIN_PASSWORD", "web port test password",
                                    "MAILLAGE_PORT", "" + taken.getLocalPort()));
            result.assertOneLineStartupFailure(
                    "The web port " + taken.getLocalPort() + " is already in use", "MAILLAGE_PORT");
        }
    }
}
