package coop.maillage.security;

import coop.maillage.neo4j.Database;
import coop.maillage.store.AuditTrail;
import coop.maillage.store.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Component;

/**
 * API tokens for scripts: 32 random bytes shown once, stored only as their SHA-256 hash (a fast
 * hash is enough for a random 256-bit secret: there is nothing to guess), with a name and creation
 * date, as {@code (:User)-[:HAS_TOKEN]->(:ApiToken)}. A token acts with its owner's current role.
 */
@Component
class ApiTokens {

    /** Prefix of every token, so that a leaked one is easy to recognise in logs and scanners. */
    static final String PREFIX = "mlg_";

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String ENTITY = "token";

    private final Database database;
    private final AuditTrail audit;

    ApiTokens(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /** A token as listed: never its secret or hash. */
    record TokenInfo(String id, String name, Instant createdAt) {}

    /** A token just created: the secret is in this answer and nowhere else. */
    record CreatedToken(String id, String name, Instant createdAt, String token) {}

    CreatedToken create(String username, String name) {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        database.write(
                tx -> {
                    long owners =
                            tx.run(
                                            """
                                            MATCH (u:User {username: $u})
                                            CREATE (u)-[:HAS_TOKEN]->(:ApiToken {id: $id,
                                                name: $name, hash: $hash, createdAt: $at})
                                            RETURN count(u) AS c
                                            """,
                                            Map.of(
                                                    "u", username,
                                                    "id", id,
                                                    "name", name,
                                                    "hash", hash(secret),
                                                    "at", UserStore.utc(now)))
                                    .single()
                                    .get("c")
                                    .asLong();
                    if (owners == 0) {
                        throw new NotFoundException("user", username);
                    }
                    audit.record(tx, "create", ENTITY, id, "API token of " + username);
                    return null;
                });
        return new CreatedToken(id, name, now, secret);
    }

    List<TokenInfo> list(String username) {
        return database.read(
                tx ->
                        tx.run(
                                        """
                                        MATCH (:User {username: $u})-[:HAS_TOKEN]->(t:ApiToken)
                                        RETURN t ORDER BY t.createdAt, t.id
                                        """,
                                        Map.of("u", username))
                                .list(
                                        r -> {
                                            Node t = r.get("t").asNode();
                                            return new TokenInfo(
                                                    t.get("id").asString(),
                                                    t.get("name").asString(),
                                                    t.get("createdAt")
                                                            .asZonedDateTime()
                                                            .toInstant());
                                        }));
    }

    /** Revokes one of the user's tokens; another user's token is "not found" too. */
    void revoke(String username, String id) {
        long deleted =
                database.write(
                        tx -> {
                            long c =
                                    tx.run(
                                                    """
                                                    MATCH (:User {username: $u})
                                                          -[:HAS_TOKEN]->(t:ApiToken {id: $id})
                                                    DETACH DELETE t RETURN count(*) AS c
                                                    """,
                                                    Map.of("u", username, "id", id))
                                            .single()
                                            .get("c")
                                            .asLong();
                            if (c > 0) {
                                audit.record(tx, "revoke", ENTITY, id, "API token of " + username);
                            }
                            return c;
                        });
        if (deleted == 0) {
            throw new NotFoundException("token", id);
        }
    }

    /** The owner of the token whose secret this is, if the token exists. */
    Optional<String> owner(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return database.read(
                tx ->
                        tx
                                .run(
                                        """
                                        MATCH (u:User)-[:HAS_TOKEN]->(:ApiToken {hash: $hash})
                                        RETURN u.username AS u
                                        """,
                                        Map.of("hash", hash))
                                .list(r -> r.get("u").asString())
                                .stream()
                                .findFirst());
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
