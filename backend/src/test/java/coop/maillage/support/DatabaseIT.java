package coop.maillage.support;

import coop.maillage.MaillageApplication;
import coop.maillage.neo4j.Database;
import coop.maillage.security.Role;
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
 * schema stays, and one user per role is (re)created ({@link TestUsers}). {@link #api} acts as the
 * ADMIN test user; {@code api.as(Role.VIEWER)} as another, {@code api.anonymous()} as nobody.
 */
@SpringBootTest(
        classes = MaillageApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DatabaseIT {

    private static final Path DATA = createDataDirectory();

    /** The password of {@code admin}, the user the application creates on its first start. */
    protected static final String FIRST_ADMIN_PASSWORD = "first start password for tests";

    /** The lock-out lasts this long in tests, so that a test can wait for its end. */
    protected static final String LOCK_DURATION = "2s";

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
        registry.add("maillage.security.admin-password", () -> FIRST_ADMIN_PASSWORD);
        registry.add("maillage.security.lock-duration", () -> LOCK_DURATION);
        // Every test logs in from 127.0.0.1: the per-address throttle is tested on its own.
        registry.add("maillage.security.max-failed-logins-per-address", () -> "1000");
    }

    @BeforeEach
    void emptyDatabase() {
        database.write(
                tx ->
                        tx.run(
                                        "MATCH (n) WHERE NOT n:__Migration"
                                                + " AND NOT (n:User AND n.username IN $keep)"
                                                + " DETACH DELETE n",
                                        java.util.Map.of("keep", TestUsers.usernames()))
                                .consume());
        TestUsers.ensure(database);
        api = new Api("http://127.0.0.1:" + port).as(Role.ADMIN);
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
