package coop.maillage.security;

import coop.maillage.web.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
 * {@code /api/users/me}: any logged-in user: who am I, my password, my API tokens. A token's secret
 * is in the answer that creates it and nowhere else.
 */
@RestController
@RequestMapping("/api/users/me")
@Tag(name = "me", description = "The current user: role, password, API tokens")
class MeController {

    private final UserStore users;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;

    MeController(UserStore users, ApiTokens tokens, PasswordEncoder encoder) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    /** The current user and how this request was authenticated. */
    record Me(String username, String role, String authenticatedBy) {}

    /** A password change: the current one proves it is the user. */
    record PasswordChange(String currentPassword, String newPassword) {}

    /** A token to create. */
    record NewToken(@NotBlank @Size(max = 100) String name) {}

    @GetMapping
    @Operation(summary = "The current user and role")
    Me me(Authentication auth, HttpServletRequest request) {
        String by =
                auth instanceof BearerTokenFilter.TokenAuthentication
                        ? "token"
                        : request.getHeader(HttpHeaders.AUTHORIZATION) != null
                                ? "basic"
                                : "session";
        return new Me(auth.getName(), role(auth), by);
    }

    @PutMapping("/password")
    @Operation(summary = "Change my password (send the current one)")
    ResponseEntity<Void> changePassword(Authentication auth, @RequestBody PasswordChange change) {
        UserAccount account = users.get(auth.getName());
        if (change.currentPassword() == null
                || !encoder.matches(change.currentPassword(), account.passwordHash())) {
            throw new BadParameterException("currentPassword", "is not your current password");
        }
        PasswordRules.check("newPassword", change.newPassword(), account.username());
        users.setPasswordHash(account.username(), encoder.encode(change.newPassword()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens: id, name, creation date")
    List<ApiTokens.TokenInfo> listTokens(Authentication auth) {
        return tokens.list(auth.getName());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create an API token; its secret is shown in this answer only")
    ResponseEntity<ApiTokens.CreatedToken> createToken(
            Authentication auth, @Valid @RequestBody NewToken token) {
        ApiTokens.CreatedToken created = tokens.create(auth.getName(), token.name().strip());
        return ResponseEntity.created(URI.create("/api/users/me/tokens/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    ResponseEntity<Void> revokeToken(Authentication auth, @PathVariable String id) {
        tokens.revoke(auth.getName(), id);
        return ResponseEntity.noContent().build();
    }

    /** The role of an authentication, by name; "no role" for none. */
    static String role(Authentication auth) {
        if (auth == null) {
            return "no role";
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .findFirst()
                .orElse("no role");
    }
}
