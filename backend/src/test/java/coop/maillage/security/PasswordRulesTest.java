package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.web.BadParameterException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void shouldAcceptTwelveCharactersAndCountCharactersNotBytes() {
        assertThatCode(() -> PasswordRules.check("password", "twelve chars", "alice"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("password", "éléphantçà!!", "alice"))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseElevenCharactersNamingTheRule() {
        assertThatThrownBy(() -> PasswordRules.check("password", "eleven char", "alice"))
                .isInstanceOf(BadParameterException.class)
                .hasMessageContaining("password: must be at least 12 characters long")
                .hasMessageContaining("has 11");
    }

    @Test
    void shouldRefuseWhatBcryptWouldTruncate() {
        assertThatThrownBy(
                        () ->
                                PasswordRules.check(
                                        "password", "x".repeat(36) + "é".repeat(19), "a1"))
                .hasMessageContaining("at most 72 bytes");
        assertThatCode(() -> PasswordRules.check("password", "xy".repeat(36), "a1"))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseTheUserNameAndOneRepeatedCharacter() {
        assertThatThrownBy(() -> PasswordRules.check("password", "my name is Alice!", "alice"))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> PasswordRules.check("password", "aaaaaaaaaaaaaaa", "bob"))
                .hasMessageContaining("one character");
    }

    @Test
    void shouldNormaliseUserNamesAndReserveMe() {
        assertThat(PasswordRules.username(" Claude.M@pole ")).isEqualTo("claude.m@pole");
        assertThatThrownBy(() -> PasswordRules.username("me")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> PasswordRules.username("x")).hasMessageContaining("2 to 64");
        assertThatThrownBy(() -> PasswordRules.username("a/b")).hasMessageContaining("'a/b'");
    }
}
