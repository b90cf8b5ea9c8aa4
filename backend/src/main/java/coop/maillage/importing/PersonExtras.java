package coop.maillage.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Removes the user's own columns ({@link Layout#EXTRA}) from natural persons, in the transaction of
 * an import: rows of persons bring none ({@link RowTyper}), but an actor stored earlier with them,
 * or an organisation an import turns into a person, may still hold some.
 */
final class PersonExtras {

    private PersonExtras() {}

    /** Removes them; returns how many persons held some. */
    static int remove(TransactionContext tx) {
        List<Map<String, Object>> held =
                tx.run(
                                """
                                MATCH (a:Actor) WHERE a.person = true
                                WITH a, [k IN keys(a) WHERE k STARTS WITH $prefix] AS extras
                                WHERE size(extras) > 0
                                RETURN a.id AS id, extras
                                """,
                                Map.of("prefix", Layout.EXTRA))
                        .list(r -> r.asMap());
        for (Map<String, Object> person : held) {
            Map<String, Object> removed = new HashMap<>();
            for (Object key : (List<?>) person.get("extras")) {
                removed.put((String) key, null);
            }
            tx.run(
                            "MATCH (a:Actor {id: $id}) SET a += $removed",
                            Map.of("id", person.get("id"), "removed", removed))
                    .consume();
        }
        return held.size();
    }
}
