package coop.maillage.neo4j;

import java.net.UnknownHostException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database connection: starts the embedded database when no URI is configured, opens the driver
 * (one code path for both modes), checks it can reach the database and applies the schema
 * migrations before anything else uses it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jProperties.class)
class Neo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedHolder embeddedNeo4j(Neo4jProperties properties) {
        if (!properties.embedded()) {
            return new EmbeddedHolder(null);
        }
        return new EmbeddedHolder(
                EmbeddedNeo4j.start(
                        properties.dataDir(),
                        properties.boltAddress(),
                        properties.boltPort(),
                        properties.pageCache()));
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(Neo4jProperties properties, EmbeddedHolder holder) {
        if (holder.embedded() != null) {
            EmbeddedNeo4j embedded = holder.embedded();
            return new DatabaseEndpoint(
                    DatabaseEndpoint.Mode.EMBEDDED,
                    embedded.boltUri(),
                    embedded.directory().toString(),
                    properties.database());
        }
        return new DatabaseEndpoint(
                DatabaseEndpoint.Mode.EXTERNAL, properties.uri(), null, properties.database());
    }

    @Bean(destroyMethod = "close")
    Driver driver(Neo4jProperties properties, DatabaseEndpoint endpoint, EmbeddedHolder holder) {
        AuthToken auth =
                holder.embedded() != null
                        ? AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, holder.embedded().password())
                        : properties.username() == null
                                ? AuthTokens.none()
                                : AuthTokens.basic(properties.username(), properties.password());
        Driver driver =
                GraphDatabase.driver(
                        endpoint.uri(), auth, Config.builder().withoutEncryption().build());
        try {
            driver.verifyConnectivity();
            // Authentication is only checked when a session runs a query.
            try (var session = driver.session(SessionConfig.forDatabase(endpoint.database()))) {
                session.run("RETURN 1").consume();
            }
        } catch (RuntimeException e) {
            driver.close();
            throw translate(e, endpoint);
        }
        // Nothing may use the database before its schema is current.
        new Migrations(driver, endpoint.database()).apply();
        return driver;
    }

    @Bean
    Database database(Driver driver, DatabaseEndpoint endpoint) {
        return new Database(driver, endpoint.database());
    }

    private static RuntimeException translate(RuntimeException e, DatabaseEndpoint endpoint) {
        if (e instanceof AuthenticationException) {
            return new StartupFailure(
                    "The Neo4j server at " + endpoint.uri() + " refused the credentials",
                    "check MAILLAGE_NEO4J_USERNAME and MAILLAGE_NEO4J_PASSWORD",
                    e);
        }
        String unreachable = unreachable(e);
        if (unreachable != null) {
            return new StartupFailure(
                    "The Neo4j server at "
                            + endpoint.uri()
                            + " cannot be reached ("
                            + unreachable
                            + ")",
                    "start it, or check MAILLAGE_NEO4J_URI; unset it to use the embedded"
                            + " database",
                    e);
        }
        if (e instanceof Neo4jException neo4j) {
            return new StartupFailure(
                    "The Neo4j server at " + endpoint.uri() + " answered: " + neo4j.getMessage(),
                    "check MAILLAGE_NEO4J_URI and MAILLAGE_NEO4J_DATABASE",
                    e);
        }
        return new StartupFailure(
                "Cannot connect to Neo4j at " + endpoint.uri() + ": " + e.getMessage(),
                "check MAILLAGE_NEO4J_URI",
                e);
    }

    /**
     * Why the server cannot be reached, or null when it was reached: an unknown host comes from the
     * routing driver as a bare {@link Neo4jException} with the {@link UnknownHostException} as its
     * cause, and from the direct driver inside a {@link ServiceUnavailableException}.
     */
    private static String unreachable(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException unknown) {
                return "unknown host: " + unknown.getMessage();
            }
        }
        return e instanceof ServiceUnavailableException ? e.getMessage() : null;
    }

    /** Holds the embedded database when there is one, so that Spring closes it last. */
    record EmbeddedHolder(EmbeddedNeo4j embedded) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
