package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.neo4j.StartupFailure;
import coop.maillage.support.DatabaseIT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** No default password: the first start creates {@code admin} from the setting or a printed one. */
class FirstAdminIT extends DatabaseIT {

    @Autowired FirstAdmin firstAdmin;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @BeforeEach
    void noUsers() {
        database.write(tx -> tx.run("MATCH (u:User) DETACH DELETE u").consume());
    }

    @Test
    void shouldCreateTheAdminWithTheConfiguredPasswordAndPrintNothing() {
        String password = "a configured first password";

        assertThat(firstAdmin.ensureAdmin(password, out))
                .isEqualTo(FirstAdmin.Outcome.CREATED_WITH_CONFIGURED_PASSWORD);

        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(password);
        assertOnlyAHashIsStored(password);
        var me = api.basic("admin", password).get("/api/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("role").asString()).isEqualTo("ADMIN");
    }

    @Test
    void shouldGenerateAStrongPasswordAndPrintItOnce() {
        assertThat(firstAdmin.ensureAdmin("", out))
                .isEqualTo(FirstAdmin.Outcome.CREATED_WITH_GENERATED_PASSWORD);

        String printed = console.toString(StandardCharsets.UTF_8);
        String password =
                printed.lines()
                        .filter(line -> line.startsWith("      "))
                        .map(String::strip)
                        .findFirst()
                        .orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(printed.split(java.util.regex.Pattern.quote(password), -1)).hasSize(2);
        assertOnlyAHashIsStored(password);
        assertThat(api.basic("admin", password).get("/api/users").status()).isEqualTo(200);
        assertThat(api.basic("admin", "admin").get("/api/users").status()).isEqualTo(401);
    }

    @Test
    void shouldLeaveExistingUsersAlone() {
        firstAdmin.ensureAdmin("a configured first password", out);
        assertThat(firstAdmin.ensureAdmin("", out)).isEqualTo(FirstAdmin.Outcome.USERS_EXIST);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldRefuseToStartWithAWeakConfiguredPassword() {
        assertThatThrownBy(() -> firstAdmin.ensureAdmin("admin", out))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("at least 12 characters")
                .extracting(e -> ((StartupFailure) e).action())
                .asString()
                .contains("MAILLAGE_ADMIN_PASSWORD");
    }

    private void assertOnlyAHashIsStored(String password) {
        String hash =
                database.read(
                        tx ->
                                tx.run(
                                                "MATCH (u:User {username: 'admin'}) RETURN"
                                                        + " u.passwordHash AS h")
                                        .single()
                                        .get("h")
                                        .asString());
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(password);
        long leaks =
                database.read(
                        tx ->
                                tx.run(
                                                """
                                                MATCH (n) UNWIND keys(n) AS k
                                                WITH n[k] AS v WHERE toString(v) CONTAINS $p
                                                RETURN count(*) AS c
                                                """,
                                                Map.of("p", password))
                                        .single()
                                        .get("c")
                                        .asLong());
        assertThat(leaks).as("properties holding the clear password").isZero();
    }
}
