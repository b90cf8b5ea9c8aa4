package coop.maillage.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The references a record makes to another by an id held in one of its properties: a workshop's
 * event and project, the territory of an actor, a project or an event, a membership's college. A
 * write whose property names no record is refused ({@link InvalidReferenceException}); a delete of
 * a record that is still named is refused ({@link StillReferencedException}), since its referrers
 * would be left naming nothing and the dataset would no longer re-import.
 *
 * <p>Records that are relationships (participations, attendances, collaborations, memberships,
 * emergences, duplications) refer to their ends by being attached to them: deleting an end removes
 * them with it, so they never dangle and are not listed here.
 */
final class References {

    /** How many ids of the records still naming a record a refusal lists. */
    static final int IDS_SHOWN = 5;

    /**
     * One reference.
     *
     * @param holder the label (node records) or relationship type holding the property
     * @param relationship whether the holder is a relationship type
     * @param field the property holding the id
     * @param target the label of the record it names
     * @param holders the holders' name in messages, plural
     */
    record Reference(
            String holder, boolean relationship, String field, String target, String holders) {}

    static final List<Reference> ALL =
            List.of(
                    new Reference("Workshop", false, "event", "Event", "workshops"),
                    new Reference("Workshop", false, "project", "Project", "workshops"),
                    new Reference("Actor", false, "territory", "Territory", "actors"),
                    new Reference("Project", false, "territory", "Territory", "projects"),
                    new Reference("Event", false, "territory", "Territory", "events"),
                    new Reference("MEMBER_OF", true, "college", "College", "memberships"));

    /**
     * A kind a record must keep while relationships of a type end at it: a membership's pole is an
     * actor of kind POLE.
     */
    record KindRule(String label, String kind, String type, String field, String holders) {}

    static final List<KindRule> KIND_RULES =
            List.of(new KindRule("Actor", "POLE", "MEMBER_OF", "pole", "memberships"));

    private References() {}

    /**
     * Refuses to change the kind of the {@code label} record {@code id} to the one {@code
     * properties} hold while relationships that need its present kind end at it.
     */
    static void refuseKindChange(
            TransactionContext tx, String label, String id, Map<String, Object> properties) {
        for (KindRule rule : KIND_RULES) {
            if (!rule.label().equals(label) || rule.kind().equals(properties.get("kind"))) {
                continue;
            }
            Record row =
                    tx.run(
                                    "MATCH ()-[h:"
                                            + rule.type()
                                            + "]->(n:"
                                            + label
                                            + " {id: $id, kind: $kind}) WITH h ORDER BY h.id"
                                            + " RETURN count(h) AS n, collect(h.id)[..$shown]"
                                            + " AS ids",
                                    Map.of("id", id, "kind", rule.kind(), "shown", IDS_SHOWN))
                            .single();
            if (row.get("n").asLong() > 0) {
                throw new StillReferencedException(
                        label.toLowerCase(),
                        id,
                        List.of(referrers(rule.holders(), rule.field(), row)),
                        "change the kind of "
                                + label.toLowerCase()
                                + " '"
                                + id
                                + "' from "
                                + rule.kind());
            }
        }
    }

    /**
     * Checks that each id {@code properties} holds in a reference field of {@code holder} names a
     * record, and locks that record so that it cannot be deleted before this write commits.
     */
    static void check(TransactionContext tx, String holder, Map<String, Object> properties) {
        for (Reference reference : ALL) {
            if (!reference.holder().equals(holder)
                    || !(properties.get(reference.field()) instanceof String id)) {
                continue;
            }
            boolean found =
                    tx.run(
                                    "MATCH (t:"
                                            + reference.target()
                                            + " {id: $id}) SET t.__lock = true REMOVE t.__lock"
                                            + " RETURN count(t) > 0 AS found",
                                    Map.of("id", id))
                            .single()
                            .get("found")
                            .asBoolean();
            if (!found) {
                throw new InvalidReferenceException(
                        reference.field(), id, reference.target().toLowerCase());
            }
        }
    }

    /**
     * Refuses to delete the {@code label} record {@code id} while records still name it. The caller
     * has locked that record, so no new reference to it can be written meanwhile.
     */
    static void refuseIfNamed(TransactionContext tx, String label, String id) {
        List<StillReferencedException.Referrers> found = new ArrayList<>();
        for (Reference reference : ALL) {
            if (!reference.target().equals(label)) {
                continue;
            }
            String match =
                    reference.relationship()
                            ? "MATCH ()-[h:" + reference.holder() + "]->()"
                            : "MATCH (h:" + reference.holder() + ")";
            Record row =
                    tx.run(
                                    match
                                            + " WHERE h[$field] = $id WITH h ORDER BY h.id"
                                            + " RETURN count(h) AS n, collect(h.id)[..$shown]"
                                            + " AS ids",
                                    Map.of(
                                            "field",
                                            reference.field(),
                                            "id",
                                            id,
                                            "shown",
                                            IDS_SHOWN))
                            .single();
            if (row.get("n").asLong() > 0) {
                found.add(referrers(reference.holders(), reference.field(), row));
            }
        }
        if (!found.isEmpty()) {
            throw new StillReferencedException(label.toLowerCase(), id, found);
        }
    }

    private static StillReferencedException.Referrers referrers(
            String holders, String field, Record row) {
        return new StillReferencedException.Referrers(
                holders, field, row.get("n").asLong(), row.get("ids").asList(v -> v.asString()));
    }
}
