package coop.maillage.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jIT {

    @TempDir Path directory;

    @Test
    void shouldServeBoltOnTheBoundPort() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(directory, "127.0.0.1", 0, "16m");
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertThat(neo4j.boltUri()).matches("bolt://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
            driver.verifyConnectivity();
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
}
