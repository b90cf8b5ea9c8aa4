package coop.maillage.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads users from Neo4j for password logins. An account is locked while its lock runs; a disabled
 * account cannot log in. A hash in an older encoding is replaced at the next successful login.
 */
@Component
class Neo4jUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserStore users;
    private final Clock clock = Clock.systemUTC();

    Neo4jUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(normalise(username))
                .map(this::details)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.upgradeHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }

    private UserDetails details(UserAccount account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.role().authority())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .build();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
