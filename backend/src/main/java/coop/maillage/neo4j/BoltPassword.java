package coop.maillage.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The embedded database's Bolt connector requires authentication, so that no other local process
 * reads the data or the users' password hashes. Its password is generated on first start, set on
 * the database's {@code neo4j} user, and kept in a file of the data directory that only its owner
 * may read; tools such as cypher-shell use it to connect.
 */
final class BoltPassword {

    private static final int BYTES = 24;

    private BoltPassword() {}

    /** The password in {@code file}; when there is none, a new one, set and written. */
    static String ensure(GraphDatabaseAPI system, Path file) {
        try {
            if (Files.isReadable(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            byte[] random = new byte[BYTES];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            system.executeTransactionally(
                    "ALTER USER "
                            + EmbeddedNeo4j.BOLT_USER
                            + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            write(file, password);
            return password;
        } catch (IOException e) {
            throw new StartupFailure(
                    "Cannot read or write the Bolt password file "
                            + file
                            + " ("
                            + e.getMessage()
                            + ")",
                    "check the permissions of the data directory (MAILLAGE_NEO4J_DATA_DIR)",
                    e);
        }
    }

    private static void write(Path file, String password) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(
                    temporary,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
        Files.move(
                temporary,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
