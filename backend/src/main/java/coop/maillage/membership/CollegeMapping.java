package coop.maillage.membership;

import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.NodeMapping;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Node;

/** College records are {@code :College} nodes. */
final class CollegeMapping implements NodeMapping<College> {

    @Override
    public String label() {
        return "College";
    }

    @Override
    public Map<String, Object> properties(College record) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", record.name());
        p.put("description", record.description());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public College fromNode(Node r) {
        return new College(
                string(r, "id"),
                string(r, "name"),
                string(r, "description"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of();
    }
}
