package coop.maillage.security;

import coop.maillage.audit.CurrentUser;
import coop.maillage.privacy.NameAccess;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user, for the audit trail (who) and the privacy rule (only editors and admins see
 * the names of natural persons). Outside a request — start-up, command line — the application
 * itself acts, as {@code system}, and sees no names through the API.
 */
@Component
class SignedInUser implements CurrentUser, NameAccess {

    private static final Set<String> SEE_NAMES =
            Set.of(Role.EDITOR.authority(), Role.ADMIN.authority());

    @Override
    public String name() {
        Authentication authentication = authentication();
        return authentication == null ? "system" : authentication.getName();
    }

    @Override
    public boolean canSeePersonNames() {
        Authentication authentication = authentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(SEE_NAMES::contains);
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || "anonymousUser".equals(authentication.getName())
                ? null
                : authentication;
    }
}
