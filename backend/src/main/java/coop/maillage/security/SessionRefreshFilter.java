package coop.maillage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a browser session in step with its user: a session whose user has been disabled or deleted
 * ends at its next request, and a changed role applies at once rather than at the next login.
 */
final class SessionRefreshFilter extends OncePerRequestFilter {

    private final UserStore users;
    private final HttpSessionSecurityContextRepository sessions =
            new HttpSessionSecurityContextRepository();

    SessionRefreshFilter(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth instanceof UsernamePasswordAuthenticationToken) {
            Optional<UserAccount> user = users.find(auth.getName()).filter(UserAccount::enabled);
            if (user.isEmpty()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (auth.getAuthorities().stream()
                    .noneMatch(a -> user.get().role().authority().equals(a.getAuthority()))) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(
                                auth.getPrincipal(),
                                null,
                                List.of(
                                        new SimpleGrantedAuthority(
                                                user.get().role().authority()))));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
