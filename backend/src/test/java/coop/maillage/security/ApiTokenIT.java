package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API tokens: created and shown once, stored as a hash, used with the owner's role, revoked. */
class ApiTokenIT extends DatabaseIT {

    static final String OWNER = TestUsers.username(Role.RESEARCHER);

    private Api owner() {
        return api.basic(OWNER, TestUsers.password(Role.RESEARCHER));
    }

    private Response create(Api client, String name) {
        return client.post("/api/users/me/tokens", "{\"name\": \"" + name + "\"}");
    }

    @Test
    void shouldCreateATokenShownOnceAndStoredAsItsHash() {
        Response created = create(owner(), "weekly export");
        assertThat(created.status()).isEqualTo(201);
        String token = created.body().get("token").asString();
        assertThat(token).startsWith("mlg_").hasSizeGreaterThanOrEqualTo(4 + 43);
        assertThat(created.body().get("name").asString()).isEqualTo("weekly export");

        String storedHash =
                database.read(
                        tx ->
                                tx.run(
                                                "MATCH (:User {username: $u})-[:HAS_TOKEN]->"
                                                        + "(t:ApiToken {name: 'weekly export'})"
                                                        + " RETURN t.hash AS h",
                                                Map.of("u", OWNER))
                                        .single()
                                        .get("h")
                                        .asString());
        assertThat(storedHash).isEqualTo(ApiTokens.hash(token)).doesNotContain(token);

        Response listed = owner().get("/api/users/me/tokens");
        assertThat(listed.raw()).contains("weekly export").doesNotContain(token);
        assertThat(listed.raw()).doesNotContain("hash");
    }

    @Test
    void shouldActWithTheOwnersRole() {
        String token = create(owner(), "script").body().get("token").asString();
        Api script = api.bearer(token);

        Response me = script.get("/api/users/me");
        assertThat(me.body().get("username").asString()).isEqualTo(OWNER);
        assertThat(me.body().get("role").asString()).isEqualTo("RESEARCHER");
        assertThat(me.body().get("authenticatedBy").asString()).isEqualTo("token");
        assertThat(script.get("/api/actors").status()).isEqualTo(200);
        assertThat(script.post("/api/actors", "{}").status()).isEqualTo(403);

        api.put("/api/users/" + OWNER + "/role", "{\"role\": \"EDITOR\"}");
        assertThat(script.post("/api/actors", "{}").status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseARevokedToken() {
        Response created = create(owner(), "to revoke");
        String token = created.body().get("token").asString();
        String id = created.body().get("id").asString();
        assertThat(api.bearer(token).get("/api/actors").status()).isEqualTo(200);

        assertThat(owner().delete("/api/users/me/tokens/" + id).status()).isEqualTo(204);

        Response refused = api.bearer(token).get("/api/actors");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("detail").asString()).contains("unknown or revoked");
        assertThat(owner().delete("/api/users/me/tokens/" + id).status()).isEqualTo(404);
    }

    @Test
    void shouldNotLetAnotherUserRevokeMyToken() {
        String id = create(owner(), "mine").body().get("id").asString();
        assertThat(api.as(Role.VIEWER).delete("/api/users/me/tokens/" + id).status())
                .isEqualTo(404);
    }

    @Test
    void shouldRefuseTheTokenOfADisabledUserAndAnUnknownToken() {
        String token = create(owner(), "script").body().get("token").asString();
        api.put("/api/users/" + OWNER + "/enabled", "{\"enabled\": false}");
        assertThat(api.bearer(token).get("/api/actors").status()).isEqualTo(401);
        assertThat(api.bearer("mlg_made-up").get("/api/actors").status()).isEqualTo(401);
        assertThat(api.bearer("not even a token").get("/api/actors").status()).isEqualTo(401);
    }

    @Test
    void shouldRequireATokenName() {
        Response unnamed = owner().post("/api/users/me/tokens", "{}");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body().get("detail").asString()).contains("name");
    }
}
