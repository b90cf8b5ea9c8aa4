package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browser sessions: the login page, the session cookie, CSRF on writes, logout. */
class SessionIT extends DatabaseIT {

    private static final String NEW_TOKEN = "{\"name\": \"from the browser\"}";

    /** A browser that has loaded the login page, so it holds the CSRF cookie. */
    private Api browser() {
        Api browser = api.session();
        Response page = browser.get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("id=\"login-form\"", "/js/login.js");
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
        return browser;
    }

    private static Api withCsrf(Api browser) {
        return browser.withHeader("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
    }

    private Response login(Api browser, Role role) {
        return withCsrf(browser)
                .postForm(
                        "/login",
                        Map.of(
                                "username", TestUsers.username(role),
                                "password", TestUsers.password(role)));
    }

    @Test
    void shouldLogInWithTheFormAndSetAnHttpOnlySameSiteCookie() {
        Api browser = browser();
        Response login = login(browser, Role.EDITOR);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("username").asString()).isEqualTo("test-editor");
        assertThat(login.body().get("role").asString()).isEqualTo("EDITOR");
        assertThat(login.body().get("redirect").asString()).isEqualTo("/");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");

        Response me = browser.get("/api/users/me");
        assertThat(me.body().get("authenticatedBy").asString()).isEqualTo("session");
        assertThat(me.body().get("role").asString()).isEqualTo("EDITOR");
    }

    @Test
    void shouldRefuseALoginPostWithoutTheCsrfToken() {
        Api browser = browser();
        Response login =
                browser.postForm(
                        "/login",
                        Map.of(
                                "username", TestUsers.username(Role.EDITOR),
                                "password", TestUsers.password(Role.EDITOR)));
        assertThat(login.status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseASessionWriteWithoutTheCsrfTokenAndAcceptItWithTheToken() {
        Api browser = browser();
        login(browser, Role.VIEWER);

        Response without = browser.post("/api/users/me/tokens", NEW_TOKEN);
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.contentType()).startsWith("application/problem+json");
        assertThat(without.body().get("detail").asString()).contains("X-XSRF-TOKEN");

        Response wrong =
                browser.withHeader("X-XSRF-TOKEN", "forged")
                        .post("/api/users/me/tokens", NEW_TOKEN);
        assertThat(wrong.status()).isEqualTo(403);

        Response with = withCsrf(browser).post("/api/users/me/tokens", NEW_TOKEN);
        assertThat(with.status()).isEqualTo(201);
    }

    @Test
    void shouldNotAskScriptsForACsrfToken() {
        assertThat(api.as(Role.VIEWER).post("/api/users/me/tokens", NEW_TOKEN).status())
                .isEqualTo(201);
        Api basic = api.basic(TestUsers.username(Role.VIEWER), TestUsers.password(Role.VIEWER));
        assertThat(basic.post("/api/users/me/tokens", NEW_TOKEN).status()).isEqualTo(201);
    }

    @Test
    void shouldLogOut() {
        Api browser = browser();
        login(browser, Role.VIEWER);
        assertThat(browser.get("/api/users/me").status()).isEqualTo(200);

        Response logout =
                withCsrf(browser).withHeader("Accept", "application/json").post("/logout", null);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(browser.get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    void shouldEndTheSessionOfADisabledUserAndApplyARoleChangeAtOnce() {
        Api browser = browser();
        login(browser, Role.VIEWER);
        String user = TestUsers.username(Role.VIEWER);

        api.put("/api/users/" + user + "/role", "{\"role\": \"EDITOR\"}");
        assertThat(browser.get("/api/users/me").body().get("role").asString()).isEqualTo("EDITOR");

        api.put("/api/users/" + user + "/enabled", "{\"enabled\": false}");
        assertThat(browser.get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    void shouldSendBrowsersWithoutASessionToTheLoginPage() {
        Response docs = api.anonymous().get("/swagger-ui/index.html");
        assertThat(docs.status()).isEqualTo(302);
        assertThat(docs.header("Location")).endsWith("/login");
    }
}
