package coop.maillage.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * The roles of Maillage, from the least to the most trusted. Each role has every right of the roles
 * before it: ADMIN ⊃ EDITOR ⊃ RESEARCHER ⊃ VIEWER.
 */
public enum Role {
    /** Reads records and analyses (the pole's board). */
    VIEWER,
    /** Also exports data for research. */
    RESEARCHER,
    /** Also creates, changes, deletes and imports records. */
    EDITOR,
    /** Also manages users and reads the audit trail. */
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role has every right of {@code other}. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The hierarchy as Spring Security reads it: each role includes the one below it. */
    static RoleHierarchy hierarchy() {
        Role[] roles = values();
        String lines =
                Arrays.stream(roles)
                        .skip(1)
                        .map(r -> r.authority() + " > " + roles[r.ordinal() - 1].authority())
                        .collect(Collectors.joining("\n"));
        return RoleHierarchyImpl.fromHierarchy(lines);
    }

    /** The role named {@code text}, case-insensitive; the message lists the roles otherwise. */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException(
                "role: '" + text + "' is not a role; use one of " + Arrays.toString(values()));
    }
}
