package coop.maillage.store;

import coop.maillage.neo4j.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Create, read, update, delete and list the records of one {@link NodeMapping}. Each call is one
 * transaction. Updates are optimistic: the caller sends the version it read and a changed version
 * is a {@link ConflictException}. Ids held in reference properties must name records ({@link
 * References}). Deleting a node deletes its relationships, and is refused while other records name
 * it in a property.
 */
public final class NodeStore<T extends Versioned> implements RecordStore<T> {

    private final Database database;
    private final NodeMapping<T> mapping;
    private final AuditTrail audit;
    private final String label;

    public NodeStore(Database database, NodeMapping<T> mapping, AuditTrail audit) {
        this.database = database;
        this.mapping = mapping;
        this.audit = audit;
        this.label = mapping.label();
    }

    @Override
    public T create(T record) {
        return translated(
                () ->
                        database.write(
                                tx -> {
                                    if (exists(tx, record.id())) {
                                        throw new ConflictException(
                                                entity() + " '" + record.id() + "' already exists",
                                                "choose another id, or update the existing one");
                                    }
                                    References.check(tx, label, mapping.properties(record));
                                    tx.run(
                                                    "CREATE (n:" + label + ") SET n = $props",
                                                    Map.of("props", props(record, 1L)))
                                            .consume();
                                    writeLinks(tx, record);
                                    audit.record(tx, "create", entity(), record.id(), null);
                                    return read(tx, record.id());
                                }));
    }

    @Override
    public T get(String id) {
        T found = database.read(tx -> read(tx, id));
        if (found == null) {
            throw new NotFoundException(entity(), id);
        }
        return found;
    }

    @Override
    public T update(String id, T record) {
        return database.write(
                tx -> {
                    // Writing a marker takes the node's lock, so the version read below is the
                    // latest committed one and no concurrent update can slip in between.
                    List<org.neo4j.driver.Record> current =
                            tx.run(
                                            "MATCH (n:"
                                                    + label
                                                    + " {id: $id})"
                                                    + " SET n.__lock = true"
                                                    + " RETURN n.version AS v, properties(n) AS p",
                                            Map.of("id", id))
                                    .list();
                    if (current.isEmpty()) {
                        throw new NotFoundException(entity(), id);
                    }
                    long version = current.get(0).get("v").asLong(0);
                    Map<String, Object> before = current.get(0).get("p").asMap();
                    checkVersion(id, record.version(), version);
                    // += with the empty fields as nulls: properties the record does not model,
                    // such as the extra.* columns of an import, are kept, unless the mapping
                    // says this record may not keep them.
                    Map<String, Object> props = new HashMap<>(mapping.properties(record));
                    References.check(tx, label, props);
                    References.refuseKindChange(tx, label, id, props);
                    String changed = ChangedFields.describe(before, props);
                    if (!mapping.keepsExtras(record)) {
                        before.keySet().stream()
                                .filter(k -> k.startsWith(ChangedFields.EXTRA))
                                .forEach(k -> props.put(k, null));
                    }
                    props.put("version", version + 1);
                    tx.run(
                                    "MATCH (n:"
                                            + label
                                            + " {id: $id}) SET n += $props REMOVE n.__lock",
                                    Map.of("id", id, "props", props))
                            .consume();
                    writeLinks(tx, record);
                    audit.record(
                            tx,
                            "update",
                            entity(),
                            id,
                            ChangedFields.detail(version + 1, changed, before, props));
                    return read(tx, id);
                });
    }

    @Override
    public void delete(String id) {
        database.write(
                tx -> {
                    // Locking first: no write can name the node between the check and the delete.
                    long found =
                            tx.run(
                                            "MATCH (n:"
                                                    + label
                                                    + " {id: $id}) SET n.__lock = true"
                                                    + " RETURN count(n) AS c",
                                            Map.of("id", id))
                                    .single()
                                    .get("c")
                                    .asLong();
                    if (found == 0) {
                        throw new NotFoundException(entity(), id);
                    }
                    References.refuseIfNamed(tx, label, id);
                    tx.run("MATCH (n:" + label + " {id: $id}) DETACH DELETE n", Map.of("id", id))
                            .consume();
                    audit.record(tx, "delete", entity(), id, "with its relationships");
                    return null;
                });
    }

    public Page<T> list(ListQuery query) {
        String where =
                " WHERE ($text IS NULL OR CASE WHEN $persons IS NOT NULL AND n.person = true"
                        + " THEN n.id IN $persons"
                        + " ELSE toLower(n.name) CONTAINS toLower($text) END)"
                        + " AND all(k IN keys($filters) WHERE n[k] = $filters[k])";
        Map<String, Object> params = new HashMap<>();
        params.put("text", query.text());
        params.put(
                "persons", query.textPersons() == null ? null : List.copyOf(query.textPersons()));
        params.put("filters", query.filters());
        params.put("skip", query.skip());
        params.put("limit", query.size());
        return database.read(
                tx -> {
                    long total =
                            tx.run(
                                            "MATCH (n:"
                                                    + label
                                                    + ")"
                                                    + where
                                                    + " RETURN count(n) AS c",
                                            params)
                                    .single()
                                    .get("c")
                                    .asLong();
                    List<T> items =
                            tx.run(
                                            "MATCH (n:"
                                                    + label
                                                    + ")"
                                                    + where
                                                    + " RETURN n ORDER BY n.id"
                                                    + " SKIP $skip LIMIT $limit",
                                            params)
                                    .list(r -> mapping.fromNode(r.get("n").asNode()));
                    return new Page<>(items, query.page(), query.size(), total);
                });
    }

    /** Whether a record with this id exists. */
    public boolean exists(String id) {
        return database.read(tx -> exists(tx, id));
    }

    String entity() {
        return label.toLowerCase();
    }

    private boolean exists(TransactionContext tx, String id) {
        return tx.run(
                        "MATCH (n:" + label + " {id: $id}) RETURN count(n) > 0 AS e",
                        Map.of("id", id))
                .single()
                .get("e")
                .asBoolean();
    }

    private T read(TransactionContext tx, String id) {
        return tx.run("MATCH (n:" + label + " {id: $id}) RETURN n", Map.of("id", id)).stream()
                .findFirst()
                .map(r -> mapping.fromNode(r.get("n").asNode()))
                .orElse(null);
    }

    private void writeLinks(TransactionContext tx, T record) {
        for (NodeMapping.Link<T> link : mapping.links()) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", record.id());
            params.put("target", link.target().apply(record));
            tx.run(
                            "MATCH (n:"
                                    + label
                                    + " {id: $id})-[old:"
                                    + link.type()
                                    + "]->()"
                                    + " DELETE old",
                            params)
                    .consume();
            if (params.get("target") == null) {
                continue;
            }
            boolean linked =
                    tx.run(
                                    "MATCH (n:"
                                            + label
                                            + " {id: $id}), (t:"
                                            + link.targetLabel()
                                            + " {id: $target}) MERGE (n)-[l:"
                                            + link.type()
                                            + "]->(t) SET l.provenance = n.provenance"
                                            + " RETURN count(*) > 0 AS ok",
                                    params)
                            .single()
                            .get("ok")
                            .asBoolean();
            if (!linked) {
                throw new InvalidReferenceException(
                        link.field(),
                        (String) params.get("target"),
                        link.targetLabel().toLowerCase());
            }
        }
    }

    private Map<String, Object> props(T record, long version) {
        Map<String, Object> props = new HashMap<>(mapping.properties(record));
        props.values().removeIf(v -> v == null);
        props.put("id", record.id());
        props.put("version", version);
        return props;
    }

    private void checkVersion(String id, Long sent, long current) {
        if (sent == null) {
            throw new ConflictException(
                    "version is required to update " + entity() + " '" + id + "'",
                    "read the record and send back its version (" + current + ")");
        }
        if (sent != current) {
            throw new ConflictException(
                    entity()
                            + " '"
                            + id
                            + "' was changed by someone else (version "
                            + current
                            + ", you sent "
                            + sent
                            + ")",
                    "reload the record, reapply your change and send it with version " + current);
        }
    }

    private T translated(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
                throw new ConflictException(entity() + " id already exists", "choose another id");
            }
            throw e;
        }
    }
}
