package coop.maillage.security;

import java.time.Instant;

/**
 * A user as stored in Neo4j ({@code :User}). The password is only ever held as a hash in the {@code
 * {id}hash} form of Spring Security's delegating encoder.
 *
 * @param username unique, lower case
 * @param passwordHash the encoded password
 * @param role the role, which includes the rights of every lower role
 * @param enabled false when an admin has disabled the account
 * @param failedAttempts failed logins in a row since the last success or lock
 * @param lockedUntil the end of the current lock, or null
 * @param version incremented by every change an admin makes
 */
record UserAccount(
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        long version) {

    /** Whether the account is locked at {@code now}. */
    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
