package coop.maillage.territory;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.RelationshipMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Relationship;

/** Duplication records are {@code :DUPLICATED_IN} relationships. */
final class DuplicationMapping implements RelationshipMapping<Duplication> {

    private static final End<Duplication> START =
            new End<>("project", List.of("Project"), Duplication::project);
    private static final End<Duplication> END =
            new End<>("territory", List.of("Territory"), Duplication::territory);

    @Override
    public String type() {
        return "DUPLICATED_IN";
    }

    @Override
    public String entity() {
        return "duplication";
    }

    @Override
    public End<Duplication> start() {
        return START;
    }

    @Override
    public End<Duplication> end() {
        return END;
    }

    @Override
    public Map<String, Object> properties(Duplication record) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", record.from());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Duplication fromRelationship(Relationship r, String startId, String endId) {
        return new Duplication(
                string(r, "id"),
                startId,
                endId,
                date(r, "from"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of();
    }
}
