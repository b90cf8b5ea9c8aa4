package coop.maillage.support;

import coop.maillage.MaillageApplication;
import coop.maillage.neo4j.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application on a real embedded Neo4j (a fresh data directory
 * per test run, Bolt on a free port), over real HTTP. The database is emptied before each test; its
 * schema stays.
 */
@SpringBootTest(
        classes = MaillageApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DatabaseIT {

    private static final Path DATA = createDataDirectory();

    @Autowired protected Database database;

    @LocalServerPort private int port;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("maillage.neo4j.uri", () -> "");
        registry.add("maillage.neo4j.data-dir", DATA::toString);
        registry.add("maillage.neo4j.bolt-port", () -> "0");
        registry.add("maillage.neo4j.page-cache", () -> "32m");
        registry.add("maillage.seed.load-on-empty", () -> "false");
    }

    @BeforeEach
    void emptyDatabase() {
        database.write(tx -> tx.run("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n").consume());
        api = new Api("http://127.0.0.1:" + port);
    }

    private static Path createDataDirectory() {
        try {
            Path directory = Files.createTempDirectory("maillage-it-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TempFiles.delete(directory)));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
