package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.Test;

/** Security headers on pages, API answers and errors alike. */
class SecurityHeadersIT extends DatabaseIT {

    static final String CSP =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
                    + " form-action 'self'";

    private static void assertSecurityHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy")).startsWith(CSP);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void shouldSendThemOnPages() {
        for (String page : new String[] {"/", "/login", "/js/main.js", "/css/maillage.css"}) {
            Response response = api.anonymous().get(page);
            assertThat(response.status()).as(page).isEqualTo(200);
            assertSecurityHeaders(response);
        }
    }

    @Test
    void shouldSendThemOnApiAnswersWhichAreNeverCached() {
        Response response = api.as(Role.VIEWER).get("/api/actors");
        assertThat(response.status()).isEqualTo(200);
        assertSecurityHeaders(response);
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void shouldSendThemOnRefusals() {
        assertSecurityHeaders(api.anonymous().get("/api/actors"));
        assertSecurityHeaders(api.as(Role.VIEWER).delete("/api/actors/x"));
    }

    @Test
    void shouldServeSwaggerUiWithScriptsFromThisOriginOnly() {
        Response ui = api.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.header("Content-Security-Policy"))
                .contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(ui.raw()).doesNotContain("<script>");
    }

    @Test
    void shouldKeepTheUiFreeOfInlineScriptsAndStyles() {
        for (String page : new String[] {"/", "/login"}) {
            String html = api.anonymous().get(page).raw();
            assertThat(html).as(page).doesNotContain("<script>", "<style", " style=", "onclick");
        }
    }
}
