package coop.maillage.support;

import coop.maillage.neo4j.Database;
import coop.maillage.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * One user per role for the tests ({@code test-viewer} … {@code test-admin}), each with a password
 * and an API token. Their bcrypt hashes use the lowest cost, so that logins in tests are fast.
 */
public final class TestUsers {

    /** The prefix of every test user's name. */
    public static final String PREFIX = "test-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static final Map<Role, String> HASHES = new EnumMap<>(Role.class);

    static {
        BCryptPasswordEncoder fast = new BCryptPasswordEncoder(4);
        for (Role role : Role.values()) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            TOKENS.put(
                    role, "mlg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            HASHES.put(role, "{bcrypt}" + fast.encode(password(role)));
        }
    }

    private TestUsers() {}

    public static String username(Role role) {
        return PREFIX + role.name().toLowerCase(Locale.ROOT);
    }

    public static String password(Role role) {
        return "a password for " + role.name().toLowerCase(Locale.ROOT) + " tests";
    }

    public static String token(Role role) {
        return TOKENS.get(role);
    }

    public static List<String> usernames() {
        return java.util.Arrays.stream(Role.values()).map(TestUsers::username).toList();
    }

    /** Creates or resets the test users: their role, password, one token, no lock. */
    public static void ensure(Database database) {
        database.write(
                tx -> {
                    for (Role role : Role.values()) {
                        tx.run(
                                        """
                                        MERGE (u:User {username: $u})
                                        SET u.passwordHash = $hash, u.role = $role,
                                            u.enabled = true, u.failedAttempts = 0,
                                            u.lockedUntil = null,
                                            u.version = coalesce(u.version, 1)
                                        WITH u
                                        OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t:ApiToken)
                                        DETACH DELETE t
                                        WITH DISTINCT u
                                        CREATE (u)-[:HAS_TOKEN]->(:ApiToken {id: $u,
                                            name: 'tests', hash: $tokenHash,
                                            createdAt: datetime()})
                                        """,
                                        Map.of(
                                                "u", username(role),
                                                "hash", HASHES.get(role),
                                                "role", role.name(),
                                                "tokenHash", sha256(token(role))))
                                .consume();
                    }
                    return null;
                });
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
