package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * For every endpoint the application maps, who may call it and who may not: anonymous callers get
 * 401, a role too low 403, the right role (and every higher one) neither. The expected roles are
 * the access policy written out here independently of the security configuration; an endpoint this
 * policy does not name fails the test, so a new endpoint cannot arrive without a rule.
 */
class EndpointAccessIT extends DatabaseIT {

    /** The kinds of records, each at /api/kind: read by viewers, written by editors. */
    static final Set<String> RECORDS =
            Set.of(
                    "actors",
                    "projects",
                    "events",
                    "workshops",
                    "colleges",
                    "territories",
                    "memberships",
                    "participations",
                    "attendances",
                    "collaborations",
                    "emergences",
                    "duplications",
                    "figures");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One method on one path pattern. */
    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        String path() {
            return pattern.replaceAll("\\{[^}]+}", "x");
        }

        @Override
        public int compareTo(Endpoint other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** Who may call it: a role, or {@link #PUBLIC}. */
    enum Access {
        PUBLIC,
        VIEWER,
        RESEARCHER,
        EDITOR,
        ADMIN
    }

    static Access expected(Endpoint endpoint) {
        String p = endpoint.pattern();
        String m = endpoint.method();
        if (p.equals("/error")) {
            return Access.PUBLIC;
        }
        if (p.startsWith("/v3/api-docs") || p.startsWith("/swagger-ui")) {
            return Access.VIEWER;
        }
        if (p.equals("/api/users/me") || p.startsWith("/api/users/me/")) {
            return Access.VIEWER;
        }
        if (p.equals("/api/users") || p.startsWith("/api/users/")) {
            return Access.ADMIN;
        }
        if (p.startsWith("/api/admin") || p.startsWith("/api/audit")) {
            return Access.ADMIN;
        }
        if (p.equals("/api/dataset/seed") && m.equals("POST")) {
            return Access.ADMIN;
        }
        if (p.equals("/api/dataset") && m.equals("GET")) {
            return Access.VIEWER;
        }
        if (p.startsWith("/api/export/")) {
            return Access.RESEARCHER;
        }
        if (p.startsWith("/api/import/")) {
            return Access.EDITOR;
        }
        boolean analysis =
                p.equals("/api/network")
                        || p.startsWith("/api/metrics/")
                        || p.equals("/api/hypotheses")
                        || p.startsWith("/api/hypotheses/")
                        || p.startsWith("/api/report/");
        if (analysis && m.equals("GET")) {
            return Access.VIEWER;
        }
        String[] parts = p.split("/");
        if (parts.length >= 3 && RECORDS.contains(parts[2])) {
            return m.equals("GET") ? Access.VIEWER : Access.EDITOR;
        }
        return null;
    }

    List<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("GET", pattern));
                }
                for (RequestMethod method : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern));
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    @Test
    void shouldGiveEveryEndpointAnAccessRule() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(60);
        assertThat(endpoints)
                .as(
                        "endpoints with no expected access: add a rule to SecurityConfiguration"
                                + " and to this test's policy")
                .filteredOn(e -> expected(e) == null)
                .isEmpty();
    }

    @Test
    void shouldLetOnlyTheRightRolesCallEveryEndpoint() {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints()) {
            Access access = expected(endpoint);
            if (access == null || access == Access.PUBLIC) {
                continue;
            }
            Role needed = Role.valueOf(access.name());
            Response anonymous = call(api.anonymous(), endpoint);
            softly.assertThat(anonymous.status() == 401 || redirectsToLogin(anonymous))
                    .as("%s anonymous: got %s", endpoint, anonymous.status())
                    .isTrue();
            for (Role role : Role.values()) {
                Response answer = call(api.as(role), endpoint);
                if (role.includes(needed)) {
                    softly.assertThat(answer.status())
                            .as("%s as %s (needs %s)", endpoint, role, needed)
                            .isNotIn(401, 403);
                    // A body of "{}" or none is never a server error; at worst a 4xx problem.
                    softly.assertThat(answer.status())
                            .as("%s as %s: %s", endpoint, role, answer.raw())
                            .isLessThan(500);
                } else {
                    softly.assertThat(answer.status())
                            .as("%s as %s (needs %s)", endpoint, role, needed)
                            .isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void shouldSayWhichRoleIsNeeded() {
        Response answer = api.as(Role.RESEARCHER).post("/api/actors", ActorJson.EDF);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString())
                .startsWith("this needs the EDITOR role")
                .contains("RESEARCHER");
    }

    @Test
    void shouldRefuseAnApiPathWithoutARuleEvenToAdmins() {
        Response answer = api.get("/api/no-such-thing");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("detail").asString()).contains("no access rule");
    }

    @Test
    void shouldAskForAuthenticationWithAProblemNotARedirect() {
        Response answer = api.anonymous().get("/api/actors");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.body().get("detail").asString()).contains("/login", "Bearer");
    }

    private static boolean redirectsToLogin(Response response) {
        String location = response.header("Location");
        return response.status() == 302 && location != null && location.endsWith("/login");
    }

    private static Response call(Api client, Endpoint endpoint) {
        boolean withBody = endpoint.method().equals("POST") || endpoint.method().equals("PUT");
        return client.send(endpoint.method(), endpoint.path(), withBody ? "{}" : null);
    }

    /** A valid actor. */
    static final class ActorJson {
        static final String EDF =
                """
                {"id": "edf-jura", "name": "EDF agence Jura", "kind": "COMPANY",
                 "sector": "ENTREPRISE", "from": "2014-01-01", "person": false,
                 "territory": "pays-ledonien", "provenance": "test"}
                """;
    }
}
