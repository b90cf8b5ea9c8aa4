package coop.maillage.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (form and HTTP Basic) with lock-out: after {@code maxFailedLogins} wrong
 * passwords in a row the account is locked for {@code lockDuration}; a successful login resets the
 * count. A locked account is refused before its password is checked, so a guess made during the
 * lock tells nothing. Unknown user names get the same answers as existing ones, the lock included
 * ({@link UnknownAccountLocks}). Too many failures from one client address refuse its password
 * logins for a while ({@link LoginThrottle}).
 */
final class LockingAuthenticationProvider implements AuthenticationProvider {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final DaoAuthenticationProvider passwords;
    private final UserStore users;
    private final FailedLogins failures;
    private final SecurityProperties properties;
    private final Clock clock;
    private final UnknownAccountLocks unknown;
    private final LoginThrottle throttle;

    LockingAuthenticationProvider(
            Neo4jUserDetailsService details,
            PasswordEncoder encoder,
            UserStore users,
            FailedLogins failures,
            SecurityProperties properties,
            Clock clock,
            UnknownAccountLocks unknown) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(details);
        this.users = users;
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
        this.unknown = unknown;
        this.throttle =
                new LoginThrottle(
                        properties.maxFailedLoginsPerAddress(), properties.addressWindow());
    }

    /** The per-address throttle, for tests. */
    LoginThrottle throttle() {
        return throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Neo4jUserDetailsService.normalise(authentication.getName());
        String address = address(authentication);
        Instant now = clock.instant();
        Duration wait = throttle.retryAfter(address, now);
        if (wait != null) {
            throw new TooManyLoginsException(
                    wait, properties.maxFailedLoginsPerAddress(), properties.addressWindow());
        }
        Instant unknownLock = unknown.lockedUntil(username, now);
        if (unknownLock != null) {
            throttle.recordFailure(address, now);
            throw new LockedException(lockedMessage(unknownLock));
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            failures.recordSuccess(username);
            return result;
        } catch (LockedException e) {
            throttle.recordFailure(address, now);
            Instant until = users.find(username).map(UserAccount::lockedUntil).orElse(null);
            throw new LockedException(lockedMessage(until));
        } catch (BadCredentialsException e) {
            throttle.recordFailure(address, now);
            Instant lockUntil = now.plus(properties.lockDuration());
            Instant until =
                    users.find(username).isPresent()
                            ? failures.recordFailure(
                                    username, properties.maxFailedLogins(), lockUntil)
                            : unknown.recordFailure(
                                    username, properties.maxFailedLogins(), lockUntil);
            if (until != null) {
                throw new LockedException(lockedMessage(until));
            }
            throw e;
        }
    }

    /** The client's address, as Spring Security recorded it for form and Basic logins. */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String lockedMessage(Instant until) {
        return "This account is locked until "
                + (until == null ? "later" : TIME.format(until))
                + " after "
                + properties.maxFailedLogins()
                + " failed logins in a row; try again then, or ask an admin to reset the"
                + " password.";
    }
}
