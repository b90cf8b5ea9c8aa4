package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.StreamedRequest;
import coop.maillage.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSRF check cannot be skipped with a made-up {@code Authorization} header, and it never makes
 * the server read an upload: an anonymous upload is refused before its body is read.
 */
class CsrfHardeningIT extends DatabaseIT {

    private static final String NEW_TOKEN = "{\"name\": \"from the browser\"}";
    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;
    private static final long TEN_MEGABYTES = 10L * 1024 * 1024;

    @LocalServerPort int port;

    /** A browser signed in with the login form, holding its session and CSRF cookies. */
    private Api signedInBrowser(Role role) {
        Api browser = api.session();
        assertThat(browser.get("/login").status()).isEqualTo(200);
        Response login =
                browser.withHeader("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                        .postForm(
                                "/login",
                                Map.of(
                                        "username", TestUsers.username(role),
                                        "password", TestUsers.password(role)));
        assertThat(login.status()).isEqualTo(200);
        return browser;
    }

    @Test
    void shouldRefuseASessionWriteWhoseAuthorizationHeaderIsNeitherBasicNorBearer() {
        Api browser = signedInBrowser(Role.VIEWER);

        Response foo =
                browser.withHeader("Authorization", "Foo bar")
                        .post("/api/users/me/tokens", NEW_TOKEN);

        assertThat(foo.status()).isEqualTo(403);
        assertThat(foo.body().get("type").asString()).endsWith("/csrf");
        Response withToken =
                browser.withHeader("Authorization", "Foo bar")
                        .withHeader("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                        .post("/api/users/me/tokens", NEW_TOKEN);
        assertThat(withToken.status()).isEqualTo(201);
    }

    @Test
    void shouldStillExemptBasicAndBearerCredentialsFromTheCsrfCheck() {
        Api basic = api.basic(TestUsers.username(Role.VIEWER), TestUsers.password(Role.VIEWER));
        assertThat(basic.post("/api/users/me/tokens", NEW_TOKEN).status()).isEqualTo(201);
        assertThat(api.as(Role.VIEWER).post("/api/users/me/tokens", NEW_TOKEN).status())
                .isEqualTo(201);
    }

    @Test
    void shouldStillAcceptTheCsrfFieldOfAnUrlEncodedLoginForm() {
        Api browser = api.session();
        browser.get("/login");

        Response login =
                browser.postForm(
                        "/login",
                        Map.of(
                                "username", TestUsers.username(Role.EDITOR),
                                "password", TestUsers.password(Role.EDITOR),
                                "_csrf", masked(browser.cookie("XSRF-TOKEN"))));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("username").asString()).isEqualTo("test-editor");
    }

    @Test
    void shouldNotReadACsrfFieldFromABodySentToTheApi() {
        Api browser = signedInBrowser(Role.VIEWER);

        Response answer =
                browser.postForm(
                        "/api/users/me/tokens",
                        Map.of("name", "x", "_csrf", masked(browser.cookie("XSRF-TOKEN"))));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("type").asString()).endsWith("/csrf");
    }

    @Test
    void shouldRefuseAnAnonymousUploadBeforeReadingItsBody() throws Exception {
        StreamedRequest.Result answer =
                new StreamedRequest(port, "POST", "/api/import/dataset?dryRun=true")
                        .multipartFile(FIFTY_MEGABYTES)
                        .send();

        assertThat(answer.status()).as(answer.head()).isEqualTo(401);
        assertThat(answer.body()).contains("\"status\":401");
        assertThat(answer.bytesSent()).as("bytes sent before the answer").isLessThan(TEN_MEGABYTES);
    }

    @Test
    void shouldRefuseAnAnonymousUploadThatCarriesACsrfFieldWithoutReadingIt() throws Exception {
        Api browser = api.session();
        browser.get("/login");
        String cookie = "XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN");

        StreamedRequest.Result answer =
                new StreamedRequest(port, "POST", "/api/admin/restore")
                        .header("Cookie", cookie)
                        .multipartFile(FIFTY_MEGABYTES)
                        .send();

        assertThat(answer.status()).as(answer.head()).isIn(401, 403);
        assertThat(answer.bytesSent()).as("bytes sent before the answer").isLessThan(TEN_MEGABYTES);
    }

    @Test
    void shouldRefuseAnAnonymousChunkedJsonBodyWithoutReadingIt() throws Exception {
        StreamedRequest.Result answer =
                new StreamedRequest(port, "POST", "/api/actors")
                        .header("Content-Type", "application/json")
                        .body("{\"id\": \"".getBytes(StandardCharsets.US_ASCII), FIFTY_MEGABYTES)
                        .chunked()
                        .send();

        assertThat(answer.status()).as(answer.head()).isEqualTo(401);
        assertThat(answer.bytesSent()).as("bytes sent before the answer").isLessThan(TEN_MEGABYTES);
    }

    /** The token as a server-rendered form would hold it: masked with a random pad. */
    private static String masked(String token) {
        byte[] plain = token.getBytes(StandardCharsets.UTF_8);
        byte[] pad = new byte[plain.length];
        new SecureRandom().nextBytes(pad);
        byte[] combined = new byte[plain.length * 2];
        for (int i = 0; i < plain.length; i++) {
            combined[i] = pad[i];
            combined[plain.length + i] = (byte) (pad[i] ^ plain[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
