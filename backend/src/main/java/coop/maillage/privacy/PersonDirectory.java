package coop.maillage.privacy;

import coop.maillage.neo4j.Database;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Which actors are natural persons, read from the store. */
@Component
class PersonDirectory {

    private final Database database;

    PersonDirectory(Database database) {
        this.database = database;
    }

    /** Of these actor ids, those of natural persons. */
    Set<String> persons(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> found =
                database.read(
                        tx ->
                                tx.run(
                                                """
                                                MATCH (a:Actor) WHERE a.id IN $ids
                                                  AND a.person = true
                                                RETURN a.id AS id
                                                """,
                                                Map.of("ids", List.copyOf(new HashSet<>(ids))))
                                        .list(r -> r.get("id").asString()));
        return Set.copyOf(found);
    }

    /** The ids of every natural person. */
    List<String> all() {
        return database.read(
                tx ->
                        tx.run("MATCH (a:Actor) WHERE a.person = true RETURN a.id AS id")
                                .list(r -> r.get("id").asString()));
    }
}
