package coop.maillage.audit;

import coop.maillage.neo4j.Database;
import coop.maillage.store.AuditTrail;
import coop.maillage.store.ListQuery;
import coop.maillage.store.Page;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one {@code :AuditEvent} node per change (who, what, when), written in the
 * transaction of the change. Events never hold personal data: they name records by id.
 */
@Component
public class AuditLog implements AuditTrail {

    private final Database database;
    private final CurrentUser currentUser;

    AuditLog(Database database, CurrentUser currentUser) {
        this.database = database;
        this.currentUser = currentUser;
    }

    /**
     * One recorded change.
     *
     * @param at when (an instant: written in ISO 8601 with {@code Z}, e.g. {@code
     *     2026-11-26T05:13:07.123Z})
     * @param user who
     * @param action what was done
     * @param entity the kind of record
     * @param entityId the record's id
     * @param detail a short description
     */
    public record AuditEvent(
            Instant at,
            String user,
            String action,
            String entity,
            String entityId,
            String detail) {}

    @Override
    public void record(
            TransactionContext tx, String action, String entity, String id, String detail) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", currentUser.name());
        params.put("action", action);
        params.put("entity", entity);
        params.put("entityId", id);
        params.put("detail", detail);
        tx.run(
                        """
                        CREATE (e:AuditEvent {id: randomUUID(),
                                at: datetime.transaction('UTC'), user: $user,
                                action: $action, entity: $entity, entityId: $entityId,
                                detail: $detail})
                        """,
                        params)
                .consume();
    }

    /** Events, newest first, filtered by any of user, action, entity and entity id. */
    public Page<AuditEvent> list(ListQuery query) {
        String where = " WHERE all(k IN keys($filters) WHERE e[k] = $filters[k])";
        Map<String, Object> params = new HashMap<>();
        params.put("filters", query.filters());
        params.put("skip", (long) query.page() * query.size());
        params.put("limit", query.size());
        return database.read(
                tx -> {
                    long total =
                            tx.run("MATCH (e:AuditEvent)" + where + " RETURN count(e) AS c", params)
                                    .single()
                                    .get("c")
                                    .asLong();
                    List<AuditEvent> items =
                            tx.run(
                                            "MATCH (e:AuditEvent)"
                                                    + where
                                                    + " RETURN e ORDER BY e.at DESC, elementId(e)"
                                                    + " DESC SKIP $skip LIMIT $limit",
                                            params)
                                    .list(r -> event(r.get("e").asNode()));
                    return new Page<>(items, query.page(), query.size(), total);
                });
    }

    private static AuditEvent event(org.neo4j.driver.types.Node e) {
        return new AuditEvent(
                e.get("at").asZonedDateTime().toInstant(),
                e.get("user").asString(null),
                e.get("action").asString(null),
                e.get("entity").asString(null),
                e.get("entityId").asString(null),
                e.get("detail").asString(null));
    }
}
