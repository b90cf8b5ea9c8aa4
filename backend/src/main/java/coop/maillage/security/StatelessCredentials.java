package coop.maillage.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Whether a request carries credentials of its own, {@code Authorization: Basic …} or {@code Bearer
 * …}. A browser never adds these by itself (the 401 challenge is {@code Bearer}, so it never
 * prompts for Basic), so such a request cannot be forged from another site and needs no CSRF token.
 * Any other {@code Authorization} scheme proves nothing: the request is treated like a cookie
 * request and needs the token.
 */
final class StatelessCredentials {

    private static final String[] SCHEMES = {"Basic ", "Bearer "};

    private StatelessCredentials() {}

    static boolean present(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return false;
        }
        for (String scheme : SCHEMES) {
            if (header.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }
}
