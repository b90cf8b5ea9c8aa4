package coop.maillage.security;

import java.time.Clock;
import java.time.Instant;

/**
 * A user as the API shows it: never the password hash.
 *
 * @param locked whether a lock-out is running now
 * @param lockedUntil the end of that lock, when locked
 */
record UserView(
        String username,
        Role role,
        boolean enabled,
        boolean locked,
        Instant lockedUntil,
        int failedAttempts,
        long version) {

    static UserView of(UserAccount account, Clock clock) {
        boolean locked = account.lockedAt(clock.instant());
        return new UserView(
                account.username(),
                account.role(),
                account.enabled(),
                locked,
                locked ? account.lockedUntil() : null,
                account.failedAttempts(),
                account.version());
    }
}
