package coop.maillage.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One line of the API's access table: requests matching {@code method} (any when null) and {@code
 * pattern} need {@code role} or a higher one.
 */
record AccessRule(HttpMethod method, String pattern, Role role) {

    RequestMatcher matcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** The role the first matching rule of {@code rules} requires. */
    static Optional<Role> requiredRole(List<AccessRule> rules, HttpServletRequest request) {
        return rules.stream()
                .filter(r -> r.matcher().matches(request))
                .map(AccessRule::role)
                .findFirst();
    }
}
