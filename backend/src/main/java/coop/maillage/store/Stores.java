package coop.maillage.store;

import coop.maillage.neo4j.Database;
import org.springframework.stereotype.Component;

/** Makes the stores of each record kind, all writing through the same database and audit trail. */
@Component
public class Stores {

    private final Database database;
    private final AuditTrail audit;

    Stores(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    public <T extends Versioned> NodeStore<T> nodes(NodeMapping<T> mapping) {
        return new NodeStore<>(database, mapping, audit);
    }

    public <T extends Versioned> RelationshipStore<T> relationships(
            RelationshipMapping<T> mapping) {
        return new RelationshipStore<>(database, mapping, audit);
    }
}
