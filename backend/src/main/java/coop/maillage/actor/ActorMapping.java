package coop.maillage.actor;

import static coop.maillage.store.Props.bool;
import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.enumValue;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.NodeMapping;
import coop.maillage.web.Filters;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Node;

/** Actors are {@code :Actor} nodes. */
final class ActorMapping implements NodeMapping<Actor> {

    @Override
    public String label() {
        return "Actor";
    }

    @Override
    public Map<String, Object> properties(Actor actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", actor.name());
        p.put("kind", actor.kind().name());
        p.put("sector", actor.sector().name());
        p.put("commune", actor.commune());
        p.put("person", actor.person());
        p.put("from", actor.from());
        p.put("to", actor.to());
        p.put("territory", actor.territory());
        p.put("provenance", actor.provenance());
        return p;
    }

    @Override
    public Actor fromNode(Node n) {
        return new Actor(
                string(n, "id"),
                string(n, "name"),
                enumValue(n, "kind", ActorKind.class),
                enumValue(n, "sector", Sector.class),
                string(n, "commune"),
                Boolean.TRUE.equals(bool(n, "person")),
                date(n, "from"),
                date(n, "to"),
                string(n, "territory"),
                string(n, "provenance"),
                longValue(n, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of(
                "kind", Filters.oneOf(ActorKind.class),
                "sector", Filters.oneOf(Sector.class),
                "commune", Filters.text(),
                "territory", Filters.text(),
                "person", Filters.bool());
    }

    @Override
    public boolean keepsExtras(Actor actor) {
        return !actor.person();
    }
}
