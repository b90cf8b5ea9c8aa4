package coop.maillage.load;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Creates the test's two users, a VIEWER for the readers and an EDITOR for the writer, and an API
 * token for each. Tokens rather than HTTP Basic: Basic checks the bcrypt hash on every request,
 * which would measure bcrypt (tens of milliseconds of CPU each) rather than the application; a
 * browser, like a token, authenticates once per session.
 */
final class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Accounts() {}

    /** The tokens of the two users. */
    record Tokens(String viewer, String editor) {}

    static Tokens create(HttpClient http, LoadOptions options, String run, Recorder setup) {
        Api admin = Api.basic(http, options.port(), "admin", options.adminPassword(), setup);
        return new Tokens(
                token(http, options, admin, "load-viewer-" + run, "VIEWER", setup),
                token(http, options, admin, "load-editor-" + run, "EDITOR", setup));
    }

    private static String token(
            HttpClient http,
            LoadOptions options,
            Api admin,
            String username,
            String role,
            Recorder setup) {
        String password = password();
        Api.Answer created =
                admin.post(
                        "setup: create user",
                        "/api/users",
                        Json.write(
                                Map.of("username", username, "password", password, "role", role)),
                        201);
        require(created, 201, "creating user " + username);
        Api user = Api.basic(http, options.port(), username, password, setup);
        Api.Answer token =
                user.post(
                        "setup: create token",
                        "/api/users/me/tokens",
                        Json.write(Map.of("name", "load test")),
                        201);
        require(token, 201, "creating a token for " + username);
        return Json.read(token.body()).get("token").asString();
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void require(Api.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(
                    what + " failed with status " + answer.status() + ": " + answer.body());
        }
    }
}
