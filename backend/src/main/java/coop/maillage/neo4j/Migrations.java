package coop.maillage.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Versioned schema migrations: the ordered {@code neo4j/migrations/V<n>__<description>.cypher}
 * resources, each applied once and recorded as a {@code :__Migration} node with its checksum. A
 * recorded migration whose file has changed stops the start-up: migrations are append-only.
 */
final class Migrations {

    static final String LOCATION = "classpath*:neo4j/migrations/V*__*.cypher";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

    private final Driver driver;
    private final SessionConfig sessionConfig;

    Migrations(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    /** A migration file. */
    record Migration(int version, String description, String script, String checksum) {}

    /** Applies every migration not yet recorded, in version order; returns how many ran. */
    int apply() {
        int applied = 0;
        try (Session session = driver.session(sessionConfig)) {
            for (Migration migration : load()) {
                String recorded =
                        session
                                .executeRead(
                                        tx ->
                                                tx.run(
                                                                """
                                                                MATCH (m:__Migration {version: $version})
                                                                RETURN m.checksum AS checksum
                                                                """,
                                                                Map.of(
                                                                        "version",
                                                                        migration.version()))
                                                        .list(r -> r.get("checksum").asString()))
                                .stream()
                                .findFirst()
                                .orElse(null);
                if (recorded == null) {
                    run(session, migration);
                    applied++;
                } else if (!recorded.equals(migration.checksum())) {
                    throw new StartupFailure(
                            "Schema migration V"
                                    + migration.version()
                                    + " has changed since it was applied to this database",
                            "restore the original file and add a new migration instead",
                            null);
                }
            }
        }
        return applied;
    }

    private void run(Session session, Migration migration) {
        // Schema commands cannot share a transaction with data writes: one statement each.
        for (String statement : statements(migration.script())) {
            session.executeWrite(tx -> tx.run(statement).consume());
        }
        session.executeWrite(
                tx ->
                        tx.run(
                                        """
                                        MERGE (m:__Migration {version: $version})
                                        SET m.description = $description,
                                            m.checksum = $checksum,
                                            m.appliedAt = datetime()
                                        """,
                                        Map.of(
                                                "version", migration.version(),
                                                "description", migration.description(),
                                                "checksum", migration.checksum()))
                                .consume());
    }

    static List<Migration> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<Migration> migrations = new ArrayList<>();
            for (Resource resource : resources) {
                Matcher matcher = NAME.matcher(resource.getFilename());
                if (!matcher.matches()) {
                    continue;
                }
                String script;
                try (InputStream in = resource.getInputStream()) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                migrations.add(
                        new Migration(
                                Integer.parseInt(matcher.group(1)),
                                matcher.group(2).replace('_', ' '),
                                script,
                                sha256(script)));
            }
            migrations.sort(Comparator.comparingInt(Migration::version));
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script on semicolons that end a line; {@code //} comment lines are dropped. */
    static List<String> statements(String script) {
        StringBuilder kept = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("//")) {
                kept.append(line).append('\n');
            }
        }
        return Arrays.stream(kept.toString().split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
