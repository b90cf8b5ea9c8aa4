package coop.maillage.security;

import coop.maillage.neo4j.Database;
import coop.maillage.store.AuditTrail;
import coop.maillage.store.ConflictException;
import coop.maillage.store.NotFoundException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Component;

/**
 * The {@code :User} nodes: parameterised Cypher through the application's driver, one transaction
 * per call. Changes an admin makes refuse to leave the database without an enabled admin.
 */
@Component
class UserStore {

    private static final String ENTITY = "user";

    private final Database database;
    private final AuditTrail audit;

    UserStore(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    Optional<UserAccount> find(String username) {
        return database.read(
                tx ->
                        tx
                                .run(
                                        "MATCH (u:User {username: $u}) RETURN u",
                                        Map.of("u", username))
                                .list(UserStore::account)
                                .stream()
                                .findFirst());
    }

    UserAccount get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException(ENTITY, username));
    }

    boolean anyUser() {
        return database.read(
                        tx ->
                                tx.run("MATCH (u:User) RETURN count(u) > 0 AS any")
                                        .single()
                                        .get("any"))
                .asBoolean();
    }

    List<UserAccount> list() {
        return database.read(
                tx ->
                        tx.run("MATCH (u:User) RETURN u ORDER BY u.username")
                                .list(UserStore::account));
    }

    UserAccount create(String username, String passwordHash, Role role) {
        return database.write(
                tx -> {
                    // MERGE on the unique username: a concurrent creation of the same name waits
                    // for this one and then finds it.
                    Record created =
                            tx.run(
                                            """
                                            MERGE (u:User {username: $u})
                                            ON CREATE SET u.passwordHash = $hash, u.role = $role,
                                                u.enabled = true, u.failedAttempts = 0,
                                                u.version = 1, u.created = true
                                            WITH u, u.created AS created REMOVE u.created
                                            RETURN u, created
                                            """,
                                            Map.of(
                                                    "u", username,
                                                    "hash", passwordHash,
                                                    "role", role.name()))
                                    .single();
                    if (created.get("created").isNull()) {
                        throw new ConflictException(
                                "user '" + username + "' already exists",
                                "choose another user name, or change the existing user");
                    }
                    audit.record(tx, "create", ENTITY, username, "role " + role.name());
                    return account(created);
                });
    }

    UserAccount setRole(String username, Role role) {
        return database.write(
                tx -> {
                    if (role != Role.ADMIN) {
                        keepAnAdmin(tx, username, "take the ADMIN role from");
                    }
                    audit.record(tx, "update", ENTITY, username, "role " + role.name());
                    return update(tx, username, "u.role = $value", role.name());
                });
    }

    UserAccount setEnabled(String username, boolean enabled) {
        return database.write(
                tx -> {
                    if (!enabled) {
                        keepAnAdmin(tx, username, "disable");
                    }
                    audit.record(tx, "update", ENTITY, username, enabled ? "enabled" : "disabled");
                    return update(tx, username, "u.enabled = $value", enabled);
                });
    }

    /** Sets a new password hash; the lock and the failure count are cleared. */
    UserAccount setPasswordHash(String username, String passwordHash) {
        return database.write(
                tx -> {
                    audit.record(tx, "update", ENTITY, username, "password set");
                    return update(
                            tx,
                            username,
                            "u.passwordHash = $value, u.failedAttempts = 0,"
                                    + " u.lockedUntil = null",
                            passwordHash);
                });
    }

    /** Replaces the hash by one of the same password in a newer encoding; nothing else changes. */
    void upgradeHash(String username, String passwordHash) {
        database.write(
                tx ->
                        tx.run(
                                        "MATCH (u:User {username: $u}) SET u.passwordHash = $hash",
                                        Map.of("u", username, "hash", passwordHash))
                                .consume());
    }

    void delete(String username) {
        database.write(
                tx -> {
                    keepAnAdmin(tx, username, "delete");
                    long deleted =
                            tx.run(
                                            """
                                            MATCH (u:User {username: $u})
                                            OPTIONAL MATCH (u)-[:HAS_TOKEN]->(t:ApiToken)
                                            DETACH DELETE t
                                            WITH DISTINCT u
                                            DETACH DELETE u
                                            RETURN count(*) AS c
                                            """,
                                            Map.of("u", username))
                                    .single()
                                    .get("c")
                                    .asLong();
                    if (deleted == 0) {
                        throw new NotFoundException(ENTITY, username);
                    }
                    audit.record(tx, "delete", ENTITY, username, "with its API tokens");
                    return null;
                });
    }

    private UserAccount update(
            TransactionContext tx, String username, String assignment, Object value) {
        Map<String, Object> params = new HashMap<>();
        params.put("u", username);
        params.put("value", value);
        return tx
                .run(
                        "MATCH (u:User {username: $u}) SET "
                                + assignment
                                + ", u.version = u.version + 1 RETURN u",
                        params)
                .list(UserStore::account)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY, username));
    }

    /**
     * Refuses a change that would leave no enabled admin. The admins' nodes are write-locked first,
     * so two admins demoting each other at the same time cannot both succeed.
     */
    private static void keepAnAdmin(TransactionContext tx, String username, String action) {
        long others =
                tx.run(
                                """
                                MATCH (a:User {role: 'ADMIN'})
                                SET a.adminLock = true REMOVE a.adminLock
                                WITH a WHERE a.enabled AND a.username <> $u
                                RETURN count(a) AS others
                                """,
                                Map.of("u", username))
                        .single()
                        .get("others")
                        .asLong();
        boolean isEnabledAdmin =
                tx.run(
                                "MATCH (u:User {username: $u, role: 'ADMIN', enabled: true})"
                                        + " RETURN count(u) > 0 AS admin",
                                Map.of("u", username))
                        .single()
                        .get("admin")
                        .asBoolean();
        if (isEnabledAdmin && others == 0) {
            throw new ConflictException(
                    "cannot " + action + " '" + username + "': it is the last enabled admin",
                    "give the ADMIN role to another user first");
        }
    }

    private static UserAccount account(Record record) {
        Node u = record.get("u").asNode();
        return new UserAccount(
                u.get("username").asString(),
                u.get("passwordHash").asString(),
                Role.valueOf(u.get("role").asString()),
                u.get("enabled").asBoolean(false),
                u.get("failedAttempts").asInt(0),
                instant(u.get("lockedUntil")),
                u.get("version").asLong(1));
    }

    static Instant instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    static ZonedDateTime utc(Instant instant) {
        return instant == null ? null : ZonedDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
