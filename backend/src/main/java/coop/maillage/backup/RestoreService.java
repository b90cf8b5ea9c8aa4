package coop.maillage.backup;

import coop.maillage.neo4j.Database;
import coop.maillage.privacy.Pseudonyms;
import coop.maillage.store.AuditTrail;
import java.io.InputStream;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Restores a backup written by {@link BackupService} into an empty database, in one write
 * transaction: a file that turns out wrong at any line, or any failure on the way, leaves the
 * database as it was. Property types come back exactly as they were written.
 */
@Service
public class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    /**
     * Data nodes: everything but the migration records and what a fresh start creates by itself
     * (user accounts and their tokens, the pseudonym key, audit events).
     */
    private static final String COUNT_NODES =
            "MATCH (n) WHERE NOT (n:__Migration OR n:User OR n:ApiToken OR n:Secret"
                    + " OR n:AuditEvent) RETURN count(n) AS nodes";

    /** The backup brings its own accounts and pseudonym key: they replace the fresh ones. */
    private static final String REPLACE_ACCOUNTS =
            "MATCH (n) WHERE n:User OR n:ApiToken OR n:Secret DETACH DELETE n";

    private final Database database;
    private final Pseudonyms pseudonyms;
    private final AuditTrail audit;

    RestoreService(Database database, Pseudonyms pseudonyms, AuditTrail audit) {
        this.database = database;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
    }

    /** What a restore wrote. */
    public record Summary(long nodes, long relationships) {}

    /**
     * Restores the backup read from {@code in}, which is read to its end but not closed.
     *
     * @throws DatabaseNotEmptyException when the database holds any data node (accounts, tokens,
     *     the pseudonym key and audit events aside: the backup's accounts replace them)
     * @throws BackupFileException when the file is not a complete, valid backup
     */
    public Summary restore(InputStream in) {
        requireEmpty(database.read(tx -> tx.run(COUNT_NODES).single().get("nodes").asLong()));
        SessionConfig config =
                SessionConfig.builder()
                        .withDatabase(database.sessionConfig().database().orElse("neo4j"))
                        .withDefaultAccessMode(AccessMode.WRITE)
                        .build();
        // Not a managed transaction: a retry could not read the stream again. Closing the
        // transaction without a commit rolls everything back.
        try (Session session = database.driver().session(config);
                Transaction tx = session.beginTransaction()) {
            requireEmpty(tx.run(COUNT_NODES).single().get("nodes").asLong());
            tx.run(REPLACE_ACCOUNTS).consume();
            BackupReader.Counts written = write(new BackupReader(in), new RestoreWriter(tx));
            tx.commit();
            database.written();
            pseudonyms.reset();
            recordRestore(written);
            LOG.info(
                    "Restored {} nodes and {} relationships",
                    written.nodes(),
                    written.relationships());
            return new Summary(written.nodes(), written.relationships());
        }
    }

    /**
     * The audit event of the restore, written once the restored data (and its own audit trail) is
     * in: the restore's transaction is a plain driver transaction, not one the audit trail joins.
     */
    private void recordRestore(BackupReader.Counts written) {
        database.write(
                tx -> {
                    audit.record(
                            tx,
                            "restore",
                            "database",
                            "backup",
                            written.nodes()
                                    + " nodes and "
                                    + written.relationships()
                                    + " relationships");
                    return null;
                });
    }

    private static BackupReader.Counts write(BackupReader reader, RestoreWriter writer) {
        BackupReader.Counts announced = reader.header();
        BackupLine.End end = null;
        for (BackupLine line = reader.next(); line != null; line = reader.next()) {
            if (end != null) {
                throw BackupFileException.at(line.line(), "a line after the end line");
            }
            if (line instanceof BackupLine.Node node) {
                writer.node(node);
            } else if (line instanceof BackupLine.Relationship relationship) {
                writer.relationship(relationship);
            } else {
                end = (BackupLine.End) line;
            }
        }
        BackupReader.Counts written = writer.finish();
        if (end == null) {
            throw BackupFileException.at(
                    reader.lines() + 1,
                    "the file stops without its end line: it is truncated (it holds "
                            + written.nodes()
                            + " of "
                            + announced.nodes()
                            + " nodes and "
                            + written.relationships()
                            + " of "
                            + announced.relationships()
                            + " relationships)");
        }
        BackupReader.Counts ended = new BackupReader.Counts(end.nodes(), end.relationships());
        if (!written.equals(announced) || !written.equals(ended)) {
            throw BackupFileException.at(
                    end.line(),
                    "the file holds "
                            + written.nodes()
                            + " nodes and "
                            + written.relationships()
                            + " relationships, but its header announces "
                            + announced.nodes()
                            + " and "
                            + announced.relationships()
                            + " and its end line "
                            + end.nodes()
                            + " and "
                            + end.relationships());
        }
        return written;
    }

    private static void requireEmpty(long nodes) {
        if (nodes > 0) {
            throw new DatabaseNotEmptyException(nodes);
        }
    }
}
