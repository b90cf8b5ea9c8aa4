package coop.maillage.event;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.enumValue;
import static coop.maillage.store.Props.integer;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.NodeMapping;
import coop.maillage.web.Filters;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Node;

/** Event records are {@code :Event} nodes. */
final class EventMapping implements NodeMapping<Event> {

    @Override
    public String label() {
        return "Event";
    }

    @Override
    public Map<String, Object> properties(Event record) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", record.name());
        p.put("type", record.type() == null ? null : record.type().name());
        p.put("from", record.from());
        p.put("to", record.to());
        p.put("participants", record.participants());
        p.put("territory", record.territory());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Event fromNode(Node r) {
        return new Event(
                string(r, "id"),
                string(r, "name"),
                enumValue(r, "type", EventType.class),
                date(r, "from"),
                date(r, "to"),
                integer(r, "participants"),
                string(r, "territory"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of(
                "type", Filters.oneOf(EventType.class),
                "territory", Filters.text());
    }
}
