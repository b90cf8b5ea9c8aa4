package coop.maillage.event;

import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.integer;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.NodeMapping;
import coop.maillage.web.Filters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Node;

/** Workshop records are {@code :Workshop} nodes. */
final class WorkshopMapping implements NodeMapping<Workshop> {

    @Override
    public String label() {
        return "Workshop";
    }

    @Override
    public Map<String, Object> properties(Workshop record) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", record.name());
        p.put("event", record.event());
        p.put("project", record.project());
        p.put("from", record.from());
        p.put("participants", record.participants());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Workshop fromNode(Node r) {
        return new Workshop(
                string(r, "id"),
                string(r, "name"),
                string(r, "event"),
                string(r, "project"),
                date(r, "from"),
                integer(r, "participants"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of(
                "event", Filters.text(),
                "project", Filters.text());
    }

    @Override
    public List<Link<Workshop>> links() {
        return List.of(
                new Link<>("event", "PART_OF", "Event", Workshop::event),
                new Link<>("project", "WORKED_ON", "Project", Workshop::project));
    }
}
