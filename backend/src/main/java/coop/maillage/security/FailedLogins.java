package coop.maillage.security;

import coop.maillage.neo4j.Database;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The count of failed logins in a row on each {@code :User}, and the lock it leads to. The count is
 * read after the node is write-locked, so concurrent guesses cannot lose increments and slip past
 * the limit.
 */
@Component
class FailedLogins {

    private final Database database;

    FailedLogins(Database database) {
        this.database = database;
    }

    /**
     * Counts a failed login. When the count reaches {@code maxFailures} the account is locked until
     * {@code lockUntil} and the count starts again; returns the end of that new lock, or null.
     */
    Instant recordFailure(String username, int maxFailures, Instant lockUntil) {
        Map<String, Object> params = new HashMap<>();
        params.put("u", username);
        params.put("max", maxFailures);
        params.put("until", UserStore.utc(lockUntil));
        return database.write(
                tx ->
                        tx
                                .run(
                                        """
                                        MATCH (u:User {username: $u})
                                        SET u.countLock = true REMOVE u.countLock
                                        WITH u, coalesce(u.failedAttempts, 0) + 1 AS failures
                                        WITH u, failures, failures >= $max AS lock
                                        SET u.failedAttempts = CASE WHEN lock THEN 0
                                                ELSE failures END,
                                            u.lockedUntil = CASE WHEN lock THEN $until
                                                ELSE u.lockedUntil END
                                        RETURN CASE WHEN lock THEN $until END AS until
                                        """,
                                        params)
                                .list(r -> UserStore.instant(r.get("until")))
                                .stream()
                                .filter(until -> until != null)
                                .findFirst()
                                .orElse(null));
    }

    /** A successful login: the failure count starts again. */
    void recordSuccess(String username) {
        database.write(
                tx ->
                        tx.run(
                                        "MATCH (u:User {username: $u}) WHERE u.failedAttempts <> 0"
                                                + " OR u.lockedUntil IS NOT NULL"
                                                + " SET u.failedAttempts = 0, u.lockedUntil = null",
                                        Map.of("u", username))
                                .consume());
    }
}
