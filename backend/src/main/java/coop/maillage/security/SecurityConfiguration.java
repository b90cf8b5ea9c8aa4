package coop.maillage.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what: every access rule of the application is in {@link #RULES} and {@link
 * #securityFilterChain}. Everything under {@code /api} needs authentication and a role; an API path
 * no rule names is refused to everyone. The UI's static files and the login page are public; the
 * OpenAPI document and Swagger UI need a login.
 *
 * <p>Three ways in: a browser session from the form at {@code /login} (cookie HttpOnly and
 * SameSite=Lax, writes need the CSRF header), an API token ({@code Authorization: Bearer}), or HTTP
 * Basic. The last two are stateless and, since no browser adds them on its own, need no CSRF token;
 * any other {@code Authorization} header counts for nothing and the request needs the token.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The kinds of records, each at {@code /api/<kind>}: read by viewers, written by editors. */
    static final List<String> RECORDS =
            List.of(
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

    /** The API's access table, first match wins; the README's "Access and roles" mirrors it. */
    static final List<AccessRule> RULES = rules();

    private static List<AccessRule> rules() {
        List<AccessRule> rules = new ArrayList<>();
        rules.add(new AccessRule(null, "/api/users/me/**", Role.VIEWER));
        rules.add(new AccessRule(null, "/api/users/**", Role.ADMIN));
        rules.add(new AccessRule(null, "/api/admin/**", Role.ADMIN));
        rules.add(new AccessRule(null, "/api/audit/**", Role.ADMIN));
        rules.add(new AccessRule(POST, "/api/dataset/seed", Role.ADMIN));
        rules.add(new AccessRule(GET, "/api/dataset", Role.VIEWER));
        rules.add(new AccessRule(null, "/api/import/**", Role.EDITOR));
        rules.add(new AccessRule(null, "/api/export/**", Role.RESEARCHER));
        rules.add(new AccessRule(GET, "/api/network", Role.VIEWER));
        rules.add(new AccessRule(GET, "/api/metrics/**", Role.VIEWER));
        rules.add(new AccessRule(GET, "/api/hypotheses/**", Role.VIEWER));
        rules.add(new AccessRule(GET, "/api/report/**", Role.VIEWER));
        for (String kind : RECORDS) {
            rules.add(new AccessRule(GET, "/api/" + kind + "/**", Role.VIEWER));
            rules.add(new AccessRule(POST, "/api/" + kind, Role.EDITOR));
            rules.add(new AccessRule(PUT, "/api/" + kind + "/*", Role.EDITOR));
            rules.add(new AccessRule(DELETE, "/api/" + kind + "/*", Role.EDITOR));
        }
        return List.copyOf(rules);
    }

    /** Files of the UI and of the login page, readable without logging in. */
    static final String[] PUBLIC_FILES = {
        "/", "/*.html", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/login"
    };

    /** The API documentation: any logged-in user. */
    static final String[] API_DOCS = {
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LockingAuthenticationProvider passwords,
            ApiTokens tokens,
            UserStore users)
            throws Exception {
        SecurityProblems problems =
                new SecurityProblems(request -> AccessRule.requiredRole(RULES, request));
        RequestMatcher api = matchers("/api/**", "/v3/api-docs", "/v3/api-docs/**");
        CookieCsrfTokenRepository csrfCookies = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfCookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        http.authenticationManager(new ProviderManager(passwords))
                .authorizeHttpRequests(
                        auth -> {
                            // An async dispatch resumes a request that was already authorised
                            // (a streamed download); checking it again would cut the stream.
                            auth.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
                            for (AccessRule rule : RULES) {
                                auth.requestMatchers(rule.matcher()).hasRole(rule.role().name());
                            }
                            auth.requestMatchers("/api/**").denyAll();
                            auth.requestMatchers(API_DOCS).authenticated();
                            auth.requestMatchers(GET, PUBLIC_FILES).permitAll();
                            auth.requestMatchers("/login", "/error").permitAll();
                            auth.anyRequest().authenticated();
                        })
                .csrf(
                        csrf ->
                                csrf.csrfTokenRequestHandler(new CsrfTokenSources())
                                        .csrfTokenRepository(csrfCookies)
                                        .ignoringRequestMatchers(StatelessCredentials::present))
                .formLogin(
                        form ->
                                form.loginPage("/login")
                                        .loginProcessingUrl("/login")
                                        .successHandler(new LoginResponses())
                                        .failureHandler(new LoginResponses()))
                .logout(
                        logout ->
                                logout.logoutUrl("/logout")
                                        .logoutSuccessHandler(new LoginResponses())
                                        .deleteCookies("JSESSIONID"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        errors ->
                                errors.defaultAuthenticationEntryPointFor(problems, api)
                                        .defaultAuthenticationEntryPointFor(
                                                new LoginUrlAuthenticationEntryPoint("/login"),
                                                request -> true)
                                        .accessDeniedHandler(problems))
                .headers(SecurityHeaders::configure)
                .addFilterAfter(new SessionRefreshFilter(users), SecurityContextHolderFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(tokens, users, problems),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    /** bcrypt through Spring Security's delegating encoder: hashes say their algorithm. */
    @Bean
    LockingAuthenticationProvider lockingAuthenticationProvider(
            Neo4jUserDetailsService details,
            PasswordEncoder encoder,
            UserStore users,
            FailedLogins failures,
            SecurityProperties properties,
            UnknownAccountLocks unknown) {
        return new LockingAuthenticationProvider(
                details, encoder, users, failures, properties, Clock.systemUTC(), unknown);
    }

    private static RequestMatcher matchers(String... patterns) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(
                    PathPatternRequestMatcher.withDefaults().matcher((HttpMethod) null, pattern));
        }
        return request -> matchers.stream().anyMatch(m -> m.matches(request));
    }
}
