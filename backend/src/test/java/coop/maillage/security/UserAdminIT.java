package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import org.junit.jupiter.api.Test;

/** The admin manages users; passwords follow the rules; an enabled admin always remains. */
class UserAdminIT extends DatabaseIT {

    private static String newUser(String username, String password, String role) {
        return "{\"username\": \""
                + username
                + "\", \"password\": \""
                + password
                + "\", \"role\": \""
                + role
                + "\"}";
    }

    @Test
    void shouldCreateListChangeAndDeleteUsersWithoutShowingHashes() {
        Response created =
                api.post("/api/users", newUser("Camille", "cooperation in the jura", "EDITOR"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("username").asString()).isEqualTo("camille");
        assertThat(created.body().get("role").asString()).isEqualTo("EDITOR");
        assertThat(created.raw()).doesNotContain("passwordHash", "bcrypt");

        Response list = api.get("/api/users");
        assertThat(list.raw()).contains("camille", "test-viewer").doesNotContain("bcrypt", "Hash");

        assertThat(api.basic("camille", "cooperation in the jura").get("/api/users/me").status())
                .isEqualTo(200);
        Response demoted = api.put("/api/users/camille/role", "{\"role\": \"VIEWER\"}");
        assertThat(demoted.body().get("role").asString()).isEqualTo("VIEWER");
        assertThat(demoted.body().get("version").asLong()).isEqualTo(2);

        api.put("/api/users/camille/password", "{\"password\": \"a reset password for her\"}");
        assertThat(api.basic("camille", "a reset password for her").get("/api/users/me").status())
                .isEqualTo(200);
        assertThat(api.basic("camille", "cooperation in the jura").get("/api/users/me").status())
                .isEqualTo(401);

        api.put("/api/users/camille/enabled", "{\"enabled\": false}");
        Response disabled = api.basic("camille", "a reset password for her").get("/api/users/me");
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.body().get("detail").asString()).contains("disabled");

        assertThat(api.delete("/api/users/camille").status()).isEqualTo(204);
        assertThat(api.get("/api/users/camille").status()).isEqualTo(404);
    }

    @Test
    void shouldNameThePasswordRuleThatIsBroken() {
        Response tooShort = api.post("/api/users", newUser("dominique", "short one", "VIEWER"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.contentType()).startsWith("application/problem+json");
        assertThat(tooShort.body().get("detail").asString())
                .contains("password", "at least 12 characters", "has 9");
        assertThat(tooShort.body().get("errors").get(0).get("field").asString())
                .isEqualTo("password");
        assertThat(tooShort.raw()).doesNotContain("short one");

        Response withName =
                api.post("/api/users", newUser("dominique", "dominique-is-my-password", "VIEWER"));
        assertThat(withName.body().get("detail").asString()).contains("user name");

        Response tooLong = api.post("/api/users", newUser("dominique", "é".repeat(40), "VIEWER"));
        assertThat(tooLong.body().get("detail").asString()).contains("at most 72 bytes");

        Response badName =
                api.post("/api/users", newUser("a b", "a long enough password", "VIEWER"));
        assertThat(badName.body().get("detail").asString()).contains("username");

        Response badRole =
                api.post("/api/users", newUser("dominique", "a long enough password", "BOSS"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().get("detail").asString()).contains("VIEWER", "ADMIN");
    }

    @Test
    void shouldRefuseADuplicateUser() {
        api.post("/api/users", newUser("sacha", "a long enough password", "VIEWER"));
        Response again = api.post("/api/users", newUser("Sacha", "another long password", "ADMIN"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void shouldKeepAnEnabledAdmin() {
        String admin = TestUsers.username(Role.ADMIN);
        Response demote = api.put("/api/users/" + admin + "/role", "{\"role\": \"EDITOR\"}");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.body().get("detail").asString()).contains("last enabled admin");
        assertThat(api.put("/api/users/" + admin + "/enabled", "{\"enabled\": false}").status())
                .isEqualTo(409);
        assertThat(api.delete("/api/users/" + admin).status()).isEqualTo(409);

        api.post("/api/users", newUser("second-admin", "a long enough password", "ADMIN"));
        assertThat(api.put("/api/users/" + admin + "/role", "{\"role\": \"EDITOR\"}").status())
                .isEqualTo(200);
    }

    @Test
    void shouldLetUsersChangeTheirOwnPassword() {
        String user = TestUsers.username(Role.VIEWER);
        var me = api.basic(user, TestUsers.password(Role.VIEWER));

        Response wrongCurrent =
                me.put(
                        "/api/users/me/password",
                        "{\"currentPassword\": \"not mine at all\","
                                + " \"newPassword\": \"a new password of mine\"}");
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body().get("detail").asString()).contains("currentPassword");

        Response weak =
                me.put(
                        "/api/users/me/password",
                        "{\"currentPassword\": \""
                                + TestUsers.password(Role.VIEWER)
                                + "\","
                                + " \"newPassword\": \"short\"}");
        assertThat(weak.body().get("detail").asString()).contains("newPassword", "at least 12");

        Response changed =
                me.put(
                        "/api/users/me/password",
                        "{\"currentPassword\": \""
                                + TestUsers.password(Role.VIEWER)
                                + "\","
                                + " \"newPassword\": \"a new password of mine\"}");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.basic(user, "a new password of mine").get("/api/users/me").status())
                .isEqualTo(200);
    }
}
