package coop.maillage.collaboration;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.decimal;
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

/** Collaboration records are {@code :COLLABORATES_WITH} relationships. */
final class CollaborationMapping implements RelationshipMapping<Collaboration> {

    private static final End<Collaboration> START =
            new End<>("source", List.of("Actor"), Collaboration::source);
    private static final End<Collaboration> END =
            new End<>("target", List.of("Actor"), Collaboration::target);

    @Override
    public String type() {
        return "COLLABORATES_WITH";
    }

    @Override
    public String entity() {
        return "collaboration";
    }

    @Override
    public End<Collaboration> start() {
        return START;
    }

    @Override
    public End<Collaboration> end() {
        return END;
    }

    @Override
    public Map<String, Object> properties(Collaboration record) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", record.kind() == null ? null : record.kind().name());
        p.put("weight", record.weight());
        p.put("from", record.from());
        p.put("to", record.to());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Collaboration fromRelationship(Relationship r, String startId, String endId) {
        return new Collaboration(
                string(r, "id"),
                startId,
                endId,
                enumValue(r, "kind", CollaborationKind.class),
                decimal(r, "weight"),
                date(r, "from"),
                date(r, "to"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of("kind", Filters.oneOf(CollaborationKind.class));
    }

    @Override
    public Collaboration withProvenance(Collaboration c, String provenance) {
        return new Collaboration(
                c.id(),
                c.source(),
                c.target(),
                c.kind(),
                c.weight(),
                c.from(),
                c.to(),
                provenance,
                c.version());
    }
}
