package coop.maillage.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from the client's address: it must wait before trying again. */
final class TooManyLoginsException extends AuthenticationException {

    private final long retryAfterSeconds;

    TooManyLoginsException(Duration wait, int maxFailures, Duration window) {
        super(
                "Too many failed logins from this address ("
                        + maxFailures
                        + " within "
                        + (window.toSeconds() % 60 == 0
                                ? window.toMinutes() + " minutes"
                                : window.toSeconds() + " seconds")
                        + "); wait "
                        + Math.max(1, wait.toSeconds())
                        + " seconds before the next attempt.");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds());
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
