package coop.maillage.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users}: the admin manages users: list, create with a role, change the role, reset the
 * password (which also lifts a lock-out), disable or enable, delete. The last enabled admin cannot
 * be demoted, disabled or deleted.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "users", description = "User accounts and roles (admin)")
class UserController {

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final Clock clock = Clock.systemUTC();

    UserController(UserStore users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** A new user. */
    record NewUser(String username, String password, @NotNull Role role) {}

    /** A role change. */
    record RoleChange(@NotNull Role role) {}

    /** A password reset. */
    record PasswordReset(String password) {}

    /** Enabling or disabling. */
    record EnabledChange(@NotNull Boolean enabled) {}

    @GetMapping
    @Operation(summary = "Every user, without password hashes")
    List<UserView> list() {
        return users.list().stream().map(u -> UserView.of(u, clock)).toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user")
    UserView get(@PathVariable String username) {
        return UserView.of(users.get(PasswordRules.username(username)), clock);
    }

    @PostMapping
    @Operation(summary = "Create a user with a role and a password of at least 12 characters")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
        String username = PasswordRules.username(user.username());
        PasswordRules.check("password", user.password(), username);
        UserAccount created = users.create(username, encoder.encode(user.password()), user.role());
        return ResponseEntity.created(URI.create("/api/users/" + username))
                .body(UserView.of(created, clock));
    }

    @PutMapping("/{username}/role")
    @Operation(summary = "Change a user's role")
    UserView changeRole(@PathVariable String username, @Valid @RequestBody RoleChange change) {
        return UserView.of(users.setRole(PasswordRules.username(username), change.role()), clock);
    }

    @PutMapping("/{username}/password")
    @Operation(summary = "Reset a user's password; this also lifts a lock-out")
    UserView resetPassword(@PathVariable String username, @RequestBody PasswordReset reset) {
        String name = PasswordRules.username(username);
        PasswordRules.check("password", reset.password(), name);
        return UserView.of(users.setPasswordHash(name, encoder.encode(reset.password())), clock);
    }

    @PutMapping("/{username}/enabled")
    @Operation(summary = "Disable (false) or enable (true) a user")
    UserView setEnabled(@PathVariable String username, @Valid @RequestBody EnabledChange change) {
        return UserView.of(
                users.setEnabled(PasswordRules.username(username), change.enabled()), clock);
    }

    @DeleteMapping("/{username}")
    @Operation(summary = "Delete a user and their API tokens")
    ResponseEntity<Void> delete(@PathVariable String username) {
        users.delete(PasswordRules.username(username));
        return ResponseEntity.noContent().build();
    }
}
