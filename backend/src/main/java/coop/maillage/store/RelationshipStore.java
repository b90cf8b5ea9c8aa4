package coop.maillage.store;

import coop.maillage.neo4j.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Create, read, update, delete and list the records of one {@link RelationshipMapping}. Both ends
 * must exist and carry one of the mapping's labels; a missing end is an {@link
 * InvalidReferenceException} naming the field; so is an id in a reference property that names no
 * record ({@link References}). Updates are optimistic, as in {@link NodeStore}.
 */
public final class RelationshipStore<T extends Versioned> implements RecordStore<T> {

    private final Database database;
    private final RelationshipMapping<T> mapping;
    private final String match;

    private final AuditTrail audit;

    public RelationshipStore(Database database, RelationshipMapping<T> mapping, AuditTrail audit) {
        this.database = database;
        this.mapping = mapping;
        this.audit = audit;
        this.match = "MATCH (a)-[r:" + mapping.type() + " {id: $id}]->(b)";
    }

    @Override
    public T create(T record) {
        return database.write(
                tx -> {
                    if (find(tx, record.id()) != null) {
                        throw new ConflictException(
                                mapping.entity() + " '" + record.id() + "' already exists",
                                "choose another id, or update the existing one");
                    }
                    checkEnds(tx, record);
                    References.check(tx, mapping.type(), mapping.properties(record));
                    tx.run(
                                    "MATCH (a {id: $start}) WHERE "
                                            + startLabels("a")
                                            + " MATCH (b {id: $end}) WHERE "
                                            + endLabels("b")
                                            + " CREATE (a)-[r:"
                                            + mapping.type()
                                            + "]->(b)"
                                            + " SET r = $props",
                                    params(record, 1L))
                            .consume();
                    audit.record(tx, "create", mapping.entity(), record.id(), null);
                    return find(tx, record.id());
                });
    }

    @Override
    public T get(String id) {
        T found = database.read(tx -> find(tx, id));
        if (found == null) {
            throw new NotFoundException(mapping.entity(), id);
        }
        return found;
    }

    @Override
    public T update(String id, T record) {
        return database.write(
                tx -> {
                    List<org.neo4j.driver.Record> rows =
                            tx.run(
                                            match
                                                    + " SET r.__lock = true RETURN r.version AS v,"
                                                    + " properties(r) AS p, a.id AS s, b.id AS e",
                                            Map.of("id", id))
                                    .list();
                    if (rows.isEmpty()) {
                        throw new NotFoundException(mapping.entity(), id);
                    }
                    List<Long> current = List.of(rows.get(0).get("v").asLong(0));
                    checkVersion(id, record.version(), current.get(0));
                    checkEnds(tx, record);
                    References.check(tx, mapping.type(), mapping.properties(record));
                    // The ends may change: replace the relationship, keeping its id.
                    // Properties the record does not model (an import's extra.* columns) are
                    // kept: the new relationship starts from the old one's properties.
                    Map<String, Object> params = new HashMap<>(params(record, current.get(0) + 1));
                    Map<String, Object> props = new HashMap<>(mapping.properties(record));
                    props.put("version", current.get(0) + 1);
                    params.put("props", props);
                    params.put("id", id);
                    tx.run(
                                    match
                                            + " WITH properties(r) AS kept, r DELETE r"
                                            + " WITH kept MATCH (a {id: $start}) WHERE "
                                            + startLabels("a")
                                            + " MATCH (b {id: $end}) WHERE "
                                            + endLabels("b")
                                            + " CREATE (a)-[r:"
                                            + mapping.type()
                                            + "]->(b)"
                                            + " SET r = kept, r += $props REMOVE r.__lock",
                                    params)
                            .consume();
                    Map<String, Object> before = new HashMap<>(rows.get(0).get("p").asMap());
                    before.put(mapping.start().field(), rows.get(0).get("s").asString(null));
                    before.put(mapping.end().field(), rows.get(0).get("e").asString(null));
                    Map<String, Object> after = new HashMap<>(mapping.properties(record));
                    after.put(mapping.start().field(), mapping.start().id().apply(record));
                    after.put(mapping.end().field(), mapping.end().id().apply(record));
                    String changed = ChangedFields.describe(before, after);
                    audit.record(
                            tx,
                            "update",
                            mapping.entity(),
                            id,
                            ChangedFields.detail(current.get(0) + 1, changed, Map.of(), after));
                    return find(tx, id);
                });
    }

    @Override
    public void delete(String id) {
        database.write(
                tx -> {
                    long deleted =
                            tx.run(match + " DELETE r RETURN count(*) AS c", Map.of("id", id))
                                    .single()
                                    .get("c")
                                    .asLong();
                    if (deleted == 0) {
                        throw new NotFoundException(mapping.entity(), id);
                    }
                    audit.record(tx, "delete", mapping.entity(), id, null);
                    return null;
                });
    }

    /** Lists; besides property filters, {@code start} and {@code end} filter on the ends' ids. */
    public Page<T> list(ListQuery query, String startId, String endId) {
        String pattern =
                "MATCH (a)-[r:"
                        + mapping.type()
                        + "]->(b)"
                        + " WHERE ($start IS NULL OR a.id = $start)"
                        + " AND ($end IS NULL OR b.id = $end)"
                        + " AND all(k IN keys($filters) WHERE r[k] = $filters[k])";
        Map<String, Object> params = new HashMap<>();
        params.put("start", startId);
        params.put("end", endId);
        params.put("filters", query.filters());
        params.put("skip", query.skip());
        params.put("limit", query.size());
        return database.read(
                tx -> {
                    long total =
                            tx.run(pattern + " RETURN count(r) AS c", params)
                                    .single()
                                    .get("c")
                                    .asLong();
                    List<T> items =
                            tx.run(
                                            pattern
                                                    + " RETURN a.id AS start, b.id AS end, r"
                                                    + " ORDER BY r.id SKIP $skip LIMIT $limit",
                                            params)
                                    .list(this::fromRecord);
                    return new Page<>(items, query.page(), query.size(), total);
                });
    }

    private T find(TransactionContext tx, String id) {
        return tx.run(match + " RETURN a.id AS start, b.id AS end, r", Map.of("id", id)).stream()
                .findFirst()
                .map(this::fromRecord)
                .orElse(null);
    }

    private T fromRecord(Record row) {
        return mapping.fromRelationship(
                row.get("r").asRelationship(),
                row.get("start").asString(),
                row.get("end").asString());
    }

    private void checkEnds(TransactionContext tx, T record) {
        checkEnd(tx, mapping.start(), record);
        checkEnd(tx, mapping.end(), record);
    }

    private void checkEnd(TransactionContext tx, RelationshipMapping.End<T> end, T record) {
        String id = end.id().apply(record);
        boolean found =
                tx.run(
                                "MATCH (n {id: $id}) WHERE "
                                        + end.labelPredicate("n")
                                        + " RETURN count(n) > 0 AS found",
                                Map.of("id", id))
                        .single()
                        .get("found")
                        .asBoolean();
        if (!found) {
            throw new InvalidReferenceException(end.field(), id, end.describe());
        }
    }

    private String startLabels(String variable) {
        return "(" + mapping.start().labelPredicate(variable) + ")";
    }

    private String endLabels(String variable) {
        return "(" + mapping.end().labelPredicate(variable) + ")";
    }

    private Map<String, Object> params(T record, long version) {
        Map<String, Object> props = new HashMap<>(mapping.properties(record));
        props.values().removeIf(v -> v == null);
        props.put("id", record.id());
        props.put("version", version);
        return Map.of(
                "start", mapping.start().id().apply(record),
                "end", mapping.end().id().apply(record),
                "props", props);
    }

    private void checkVersion(String id, Long sent, long current) {
        if (sent == null || sent != current) {
            throw new ConflictException(
                    sent == null
                            ? "version is required to update " + mapping.entity() + " '" + id + "'"
                            : mapping.entity()
                                    + " '"
                                    + id
                                    + "' was changed by someone else"
                                    + " (version "
                                    + current
                                    + ", you sent "
                                    + sent
                                    + ")",
                    "reload the record and send it back with version " + current);
        }
    }
}
