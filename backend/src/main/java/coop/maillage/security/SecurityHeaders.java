package coop.maillage.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Response headers on every answer, pages and API alike: a Content Security Policy that allows only
 * this origin's scripts, styles and connections (the UI has no inline script or style), no framing,
 * no MIME sniffing, no referrer sent to other sites, and {@code no-store} caching (Spring
 * Security's default), so that personal data stays out of shared caches.
 *
 * <p>Swagger UI sets inline styles, so its pages alone get {@code style-src 'unsafe-inline'}; its
 * scripts are still this origin's only. The annual report gets {@link #REPORT_CSP}.
 */
final class SecurityHeaders {

    static final String CSP =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
                    + " form-action 'self'; object-src 'none'";

    static final String SWAGGER_CSP =
            CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /**
     * The annual report is one self-contained page, its stylesheet inline (it must also read well
     * once saved): inline styles allowed, nothing else at all — no script, no fetch, no frame.
     */
    static final String REPORT_CSP =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none';"
                    + " base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=()";

    private SecurityHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swagger =
                new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        RequestMatcher report = PathPatternRequestMatcher.withDefaults().matcher("/api/report/**");
        headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                .crossOriginOpenerPolicy(coop -> {})
                .crossOriginResourcePolicy(corp -> {})
                .addHeaderWriter(
                        csp(new NegatedRequestMatcher(new OrRequestMatcher(swagger, report)), CSP))
                .addHeaderWriter(csp(swagger, SWAGGER_CSP))
                .addHeaderWriter(csp(report, REPORT_CSP));
    }

    private static HeaderWriter csp(RequestMatcher matcher, String policy) {
        return new DelegatingRequestMatcherHeaderWriter(
                matcher, new StaticHeadersWriter("Content-Security-Policy", policy));
    }
}
