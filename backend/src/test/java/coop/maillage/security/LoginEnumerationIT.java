package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Login answers do not tell which user names exist: an unknown name is answered and locked exactly
 * like an account; and too many failures from one address refuse its password logins with 429 and
 * Retry-After.
 */
class LoginEnumerationIT extends DatabaseIT {

    @Autowired LockingAuthenticationProvider provider;

    @Test
    void shouldAnswerAnUnknownNameExactlyLikeAnAccountUpToTheLock() {
        List<String> account = attempts(TestUsers.username(Role.EDITOR));
        List<String> nobody = attempts("nobody-" + System.nanoTime());

        assertThat(nobody).isEqualTo(account);
        assertThat(account.get(4)).contains("locked until", "after 5 failed logins");
        assertThat(account.get(5)).contains("locked until");
    }

    @Test
    void shouldLockAnUnknownNameOnTheLoginFormToo() {
        Api browser = api.session();
        browser.get("/login");
        Api form = browser.withHeader("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        Response last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = form.postForm("/login", Map.of("username", "ghost-user", "password", "nope"));
        }
        assertThat(last.status()).isEqualTo(401);
        assertThat(last.body().get("detail").asString()).contains("locked until");
    }

    @Test
    void shouldRefuseLoginsFromAnAddressWithTooManyFailures() {
        LoginThrottle throttle = provider.throttle();
        try {
            for (int i = 0; i < 1000; i++) {
                throttle.recordFailure("127.0.0.1", Instant.now());
            }
            Api right = api.basic(TestUsers.username(Role.VIEWER), TestUsers.password(Role.VIEWER));

            Response refused = right.get("/api/users/me");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            assertThat(refused.body().get("detail").asString())
                    .startsWith("Too many failed logins from this address");
            assertThat(api.as(Role.VIEWER).get("/api/users/me").status())
                    .as("API tokens are not password logins")
                    .isEqualTo(200);
        } finally {
            throttle.clear();
        }
        assertThat(
                        api.basic(TestUsers.username(Role.VIEWER), TestUsers.password(Role.VIEWER))
                                .get("/api/users/me")
                                .status())
                .isEqualTo(200);
    }

    /** Six wrong passwords for the name: each answer's status and detail, the time masked. */
    private List<String> attempts(String username) {
        Api wrong = api.basic(username, "not the right password");
        List<String> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            Response answer = wrong.get("/api/users/me");
            answers.add(
                    answer.status()
                            + " "
                            + answer.body()
                                    .get("detail")
                                    .asString()
                                    .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", "T"));
        }
        return answers;
    }
}
