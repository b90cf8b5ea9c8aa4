package coop.maillage.event;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.RelationshipMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Relationship;

/** Emergence records are {@code :EMERGED_FROM} relationships. */
final class EmergenceMapping implements RelationshipMapping<Emergence> {

    private static final End<Emergence> START =
            new End<>("project", List.of("Project"), Emergence::project);
    private static final End<Emergence> END =
            new End<>("origin", List.of("Event", "Workshop"), Emergence::origin);

    @Override
    public String type() {
        return "EMERGED_FROM";
    }

    @Override
    public String entity() {
        return "emergence";
    }

    @Override
    public End<Emergence> start() {
        return START;
    }

    @Override
    public End<Emergence> end() {
        return END;
    }

    @Override
    public Map<String, Object> properties(Emergence record) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", record.from());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Emergence fromRelationship(Relationship r, String startId, String endId) {
        return new Emergence(
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
