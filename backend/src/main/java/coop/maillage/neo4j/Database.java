package coop.maillage.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;

/**
 * Managed transactions on the application's database. Every unit of work that belongs together runs
 * in one {@link #write} call: it lands whole or not at all, and is retried by the driver on
 * transient failures.
 */
public final class Database {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public Database(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    /** Runs {@code work} in a read transaction. */
    public <T> T read(TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(work);
        }
    }

    /** Runs {@code work} in a write transaction. */
    public <T> T write(TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(work);
        }
    }

    /** The driver, for work that manages its own sessions (schema changes, bulk loads). */
    public Driver driver() {
        return driver;
    }

    /** The session configuration of the application's database. */
    public SessionConfig sessionConfig() {
        return sessionConfig;
    }
}
