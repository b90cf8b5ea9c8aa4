package coop.maillage.security;

import coop.maillage.StartupPhases;
import coop.maillage.neo4j.StartupFailure;
import coop.maillage.web.BadParameterException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * There is no default password. On a database without users, the first start creates {@code admin}
 * with the password of {@code MAILLAGE_ADMIN_PASSWORD}, or else with a generated one (144 random
 * bits) printed once on the console; only its hash is stored. It does so before the web server
 * accepts requests (see {@link StartupPhases}), so that the first login cannot come too early. Not
 * for the {@code restore} command ({@value #SETTING} false), whose backup brings its own accounts
 * and would delete this one.
 */
@Component
class FirstAdmin implements SmartLifecycle {

    static final String USERNAME = "admin";

    /** Whether to create the first admin on a database without users; true unless told. */
    static final String SETTING = "maillage.security.create-first-admin";

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int GENERATED_BYTES = 18;

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final boolean enabled;
    private volatile boolean running;

    FirstAdmin(
            UserStore users,
            PasswordEncoder encoder,
            SecurityProperties properties,
            @Value("${" + SETTING + ":true}") boolean enabled) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.enabled = enabled;
    }

    /** What the first start did. */
    enum Outcome {
        USERS_EXIST,
        CREATED_WITH_CONFIGURED_PASSWORD,
        CREATED_WITH_GENERATED_PASSWORD
    }

    @Override
    public void start() {
        if (enabled) {
            ensureAdmin(properties.adminPassword(), System.out);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return StartupPhases.FIRST_ADMIN;
    }

    /**
     * Creates the first admin when there is no user; prints a generated password on {@code out}.
     */
    Outcome ensureAdmin(String configuredPassword, PrintStream out) {
        if (users.anyUser()) {
            return Outcome.USERS_EXIST;
        }
        boolean configured = configuredPassword != null && !configuredPassword.isEmpty();
        String password = configured ? configuredPassword : generate();
        if (configured) {
            try {
                PasswordRules.check("MAILLAGE_ADMIN_PASSWORD", password, USERNAME);
            } catch (BadParameterException e) {
                throw new StartupFailure(
                        "The first admin's password is too weak: " + e.getMessage(),
                        "set MAILLAGE_ADMIN_PASSWORD to a stronger one, or unset it to get a"
                                + " generated one",
                        null);
            }
        }
        users.create(USERNAME, encoder.encode(password), Role.ADMIN);
        LOG.info("No user existed: created the user '{}' with the ADMIN role", USERNAME);
        if (configured) {
            return Outcome.CREATED_WITH_CONFIGURED_PASSWORD;
        }
        out.println();
        out.println("  ================================================================");
        out.println("  First start: created the user '" + USERNAME + "' (role ADMIN).");
        out.println("  Its password, shown this once and stored only as a hash:");
        out.println();
        out.println("      " + password);
        out.println();
        out.println("  Log in at /login, then change it: PUT /api/users/me/password.");
        out.println("  ================================================================");
        out.println();
        return Outcome.CREATED_WITH_GENERATED_PASSWORD;
    }

    private static String generate() {
        while (true) {
            byte[] bytes = new byte[GENERATED_BYTES];
            RANDOM.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                PasswordRules.check("password", password, USERNAME);
                return password;
            } catch (BadParameterException e) {
                // A random draw that happens to contain the user name: draw again.
            }
        }
    }
}
