package coop.maillage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answers of the API as RFC 9457 problem responses whose detail says what is needed:
 * which credentials, which role, or the CSRF header. Never a redirect or a page: a script or the
 * front end reads the detail.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String TYPE = "https://maillage.coop/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Function<HttpServletRequest, Optional<Role>> requiredRole;

    SecurityProblems(Function<HttpServletRequest, Optional<Role>> requiredRole) {
        this.requiredRole = requiredRole;
    }

    /** No or wrong credentials. */
    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof TooManyLoginsException tooMany) {
            tooManyLogins(request, response, tooMany);
            return;
        }
        // Bearer, not Basic: a Basic challenge would make browsers prompt for and then silently
        // resend credentials, which cookie-less CSRF protection relies on never happening.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"maillage\"");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Unauthenticated",
                authenticationDetail(e));
    }

    /** Authenticated, but not allowed; or a cookie-session write without its CSRF token. */
    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication auth = currentAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken;
        if (e instanceof CsrfException
                && anonymous
                && request.getRequestURI().startsWith("/api/")) {
            // The CSRF check runs before authentication: an anonymous API write first needs
            // credentials, and saying so is more useful than a missing CSRF token.
            commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
            return;
        }
        if (e instanceof CsrfException) {
            write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "csrf",
                    "Missing or wrong CSRF token",
                    "A write from a browser session must send the X-XSRF-TOKEN header with the"
                            + " value of the XSRF-TOKEN cookie; reload the page and try again."
                            + " Scripts should authenticate with a token or HTTP Basic instead.");
            return;
        }
        String action = request.getMethod() + " " + request.getRequestURI();
        String detail =
                requiredRole
                        .apply(request)
                        .map(
                                role ->
                                        "this needs the "
                                                + role
                                                + " role: "
                                                + action
                                                + " is not open to "
                                                + MeController.role(auth)
                                                + "; ask an admin for the role")
                        .orElse(action + " is not open to anyone: no access rule covers it");
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** 429 with {@code Retry-After}: too many failed logins from the client's address. */
    static void tooManyLogins(
            HttpServletRequest request, HttpServletResponse response, TooManyLoginsException e)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-logins",
                "Too many failed logins",
                e.getMessage());
    }

    static String authenticationDetail(AuthenticationException e) {
        if (e instanceof LockedException || e instanceof TooManyLoginsException) {
            return e.getMessage();
        }
        if (e instanceof DisabledException) {
            return "This account is disabled; ask an admin to enable it.";
        }
        if (e instanceof InvalidTokenException) {
            return "The API token is unknown or revoked; create a new one with"
                    + " POST /api/users/me/tokens.";
        }
        if (e instanceof org.springframework.security.authentication.BadCredentialsException) {
            return "Wrong user name or password.";
        }
        return "This needs authentication: log in at /login, or send an API token"
                + " (Authorization: Bearer …) or HTTP Basic credentials.";
    }

    private static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
