package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

class RoleTest {

    private static List<String> reachable(Role role) {
        return Role.hierarchy()
                .getReachableGrantedAuthorities(
                        AuthorityUtils.createAuthorityList(role.authority()))
                .stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    @Test
    void shouldGiveEachRoleTheRightsOfTheRolesBelowIt() {
        assertThat(reachable(Role.ADMIN))
                .containsExactlyInAnyOrder(
                        "ROLE_ADMIN", "ROLE_EDITOR", "ROLE_RESEARCHER", "ROLE_VIEWER");
        assertThat(reachable(Role.EDITOR))
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_RESEARCHER", "ROLE_VIEWER");
        assertThat(reachable(Role.RESEARCHER))
                .containsExactlyInAnyOrder("ROLE_RESEARCHER", "ROLE_VIEWER");
        assertThat(reachable(Role.VIEWER)).containsExactly("ROLE_VIEWER");
        assertThat(Role.EDITOR.includes(Role.RESEARCHER)).isTrue();
        assertThat(Role.RESEARCHER.includes(Role.EDITOR)).isFalse();
    }

    @Test
    void shouldParseRoleNamesAndListThemOnAMistake() {
        assertThat(Role.parse(" editor ")).isEqualTo(Role.EDITOR);
        assertThatThrownBy(() -> Role.parse("boss"))
                .hasMessageContaining("VIEWER, RESEARCHER, EDITOR, ADMIN");
    }
}
