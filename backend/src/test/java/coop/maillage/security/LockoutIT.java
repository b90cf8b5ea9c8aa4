package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Five wrong passwords in a row lock the account for the configured time (2 s in tests). */
class LockoutIT extends DatabaseIT {

    static final String USER = TestUsers.username(Role.EDITOR);
    static final String PASSWORD = TestUsers.password(Role.EDITOR);

    @Test
    void shouldLockAfterFiveFailuresAndUnlockAfterTheDelay() throws InterruptedException {
        Api wrong = api.basic(USER, "not the right password");
        for (int attempt = 1; attempt <= 4; attempt++) {
            Response failed = wrong.get("/api/users/me");
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.body().get("detail").asString())
                    .isEqualTo("Wrong user name or password.");
        }
        Response fifth = wrong.get("/api/users/me");
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.body().get("detail").asString())
                .contains("locked until", "after 5 failed logins", "ask an admin");

        Response rightButLocked = api.basic(USER, PASSWORD).get("/api/users/me");
        assertThat(rightButLocked.status()).isEqualTo(401);
        assertThat(rightButLocked.body().get("detail").asString()).contains("locked until");
        assertThat(api.get("/api/users/" + USER).body().get("locked").asBoolean()).isTrue();

        Thread.sleep(2_100);
        Response afterTheLock = api.basic(USER, PASSWORD).get("/api/users/me");
        assertThat(afterTheLock.status()).isEqualTo(200);
        assertThat(api.get("/api/users/" + USER).body().get("failedAttempts").asInt()).isZero();
    }

    @Test
    void shouldCountOnlyFailuresInARow() {
        Api wrong = api.basic(USER, "not the right password");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(wrong.get("/api/users/me").status()).isEqualTo(401);
        }
        assertThat(api.basic(USER, PASSWORD).get("/api/users/me").status()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(wrong.get("/api/users/me").status()).isEqualTo(401);
        }
        assertThat(api.basic(USER, PASSWORD).get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void shouldSayOnTheLoginFormThatTheAccountIsLocked() {
        Api browser = api.session();
        browser.get("/login");
        Api withCsrf = browser.withHeader("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        Response last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = withCsrf.postForm("/login", Map.of("username", USER, "password", "nope nope"));
        }
        assertThat(last.status()).isEqualTo(401);
        assertThat(last.body().get("detail").asString()).contains("locked until");
    }

    @Test
    void shouldLiftTheLockWhenAnAdminResetsThePassword() {
        Api wrong = api.basic(USER, "not the right password");
        for (int attempt = 1; attempt <= 5; attempt++) {
            wrong.get("/api/users/me");
        }
        String fresh = "a brand new password for the editor";
        assertThat(
                        api.put(
                                        "/api/users/" + USER + "/password",
                                        "{\"password\": \"" + fresh + "\"}")
                                .status())
                .isEqualTo(200);
        assertThat(api.basic(USER, fresh).get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAnUnknownUserLikeAWrongPassword() {
        Response unknown = api.basic("nobody-here", "whatever password").get("/api/users/me");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().get("detail").asString())
                .isEqualTo("Wrong user name or password.");
    }
}
