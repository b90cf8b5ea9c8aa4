package coop.maillage.neo4j;

import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;

/**
 * Managed transactions on the application's database. Every unit of work that belongs together runs
 * in one {@link #write} call: it lands whole or not at all, and is retried by the driver on
 * transient failures.
 *
 * <p>It also counts the write transactions ended through this process ({@link #writes}), so that a
 * cache of what was read can tell whether the database may have changed since.
 */
public final class Database {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final AtomicLong writes = new AtomicLong();

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
        } finally {
            // After the commit (or the rollback): a read that starts now sees the change.
            written();
        }
    }

    /**
     * How many write transactions have ended through this process. A read that saw this number
     * before it started holds every change committed before the number was reached.
     */
    public long writes() {
        return writes.get();
    }

    /**
     * Counts a write transaction ended outside {@link #write} (bulk loads, restores); to be called
     * after its commit or rollback.
     */
    public void written() {
        writes.incrementAndGet();
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
