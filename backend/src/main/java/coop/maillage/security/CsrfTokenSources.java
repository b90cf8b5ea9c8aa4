package coop.maillage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * Where the CSRF token of a request is read: the {@code X-XSRF-TOKEN} header (the front end echoes
 * the cookie there), or the {@code _csrf} field of an URL-encoded form outside {@code /api} (the
 * login page). It is the single-page-application handling of Spring Security ({@code csrf.spa()}),
 * except that no other body is searched for a {@code _csrf} field: looking for one in a multipart
 * upload, or in any body sent to the API, would make the server read (and for an upload store) it
 * before the CSRF check, and so before an anonymous request is refused.
 */
final class CsrfTokenSources implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler xor =
            new XorCsrfTokenRequestAttributeHandler();

    CsrfTokenSources() {
        // As csrf.spa(): the token is created when a page or the filter asks for it.
        xor.setCsrfRequestAttributeName(null);
    }

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            Supplier<CsrfToken> csrfToken) {
        xor.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        if (StringUtils.hasText(request.getHeader(csrfToken.getHeaderName()))) {
            // The header holds the cookie's raw value, not the masked one of a form.
            return plain.resolveCsrfTokenValue(request, csrfToken);
        }
        boolean loginForm =
                isUrlEncodedForm(request) && !request.getRequestURI().startsWith("/api/");
        return loginForm ? xor.resolveCsrfTokenValue(request, csrfToken) : null;
    }

    private static boolean isUrlEncodedForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
