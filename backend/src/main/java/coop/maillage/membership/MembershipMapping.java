package coop.maillage.membership;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.integer;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.RelationshipMapping;
import coop.maillage.web.Filters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Relationship;

/** Membership records are {@code :MEMBER_OF} relationships. */
final class MembershipMapping implements RelationshipMapping<Membership> {

    private static final End<Membership> START =
            new End<>("actor", List.of("Actor"), Membership::actor);
    private static final End<Membership> END =
            new End<>("pole", List.of("Actor"), Membership::pole, "POLE");

    @Override
    public String type() {
        return "MEMBER_OF";
    }

    @Override
    public String entity() {
        return "membership";
    }

    @Override
    public End<Membership> start() {
        return START;
    }

    @Override
    public End<Membership> end() {
        return END;
    }

    @Override
    public Map<String, Object> properties(Membership record) {
        Map<String, Object> p = new HashMap<>();
        p.put("college", record.college());
        p.put("shares", record.shares());
        p.put("from", record.from());
        p.put("to", record.to());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Membership fromRelationship(Relationship r, String startId, String endId) {
        return new Membership(
                string(r, "id"),
                startId,
                endId,
                string(r, "college"),
                integer(r, "shares"),
                date(r, "from"),
                date(r, "to"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of("college", Filters.text());
    }

    @Override
    public Membership withProvenance(Membership m, String provenance) {
        return new Membership(
                m.id(),
                m.actor(),
                m.pole(),
                m.college(),
                m.shares(),
                m.from(),
                m.to(),
                provenance,
                m.version());
    }
}
