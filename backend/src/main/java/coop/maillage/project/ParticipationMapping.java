package coop.maillage.project;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.enumValue;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.RelationshipMapping;
import coop.maillage.web.Filters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Relationship;

/** Participation records are {@code :TAKES_PART_IN} relationships. */
final class ParticipationMapping implements RelationshipMapping<Participation> {

    private static final End<Participation> START =
            new End<>("actor", List.of("Actor"), Participation::actor);
    private static final End<Participation> END =
            new End<>("project", List.of("Project"), Participation::project);

    @Override
    public String type() {
        return "TAKES_PART_IN";
    }

    @Override
    public String entity() {
        return "participation";
    }

    @Override
    public End<Participation> start() {
        return START;
    }

    @Override
    public End<Participation> end() {
        return END;
    }

    @Override
    public Map<String, Object> properties(Participation record) {
        Map<String, Object> p = new HashMap<>();
        p.put("role", record.role() == null ? null : record.role().name());
        p.put("from", record.from());
        p.put("to", record.to());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Participation fromRelationship(Relationship r, String startId, String endId) {
        return new Participation(
                string(r, "id"),
                startId,
                endId,
                enumValue(r, "role", ParticipationRole.class),
                date(r, "from"),
                date(r, "to"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of("role", Filters.oneOf(ParticipationRole.class));
    }

    @Override
    public Participation withProvenance(Participation p, String provenance) {
        return new Participation(
                p.id(),
                p.actor(),
                p.project(),
                p.role(),
                p.from(),
                p.to(),
                provenance,
                p.version());
    }
}
