package coop.maillage.territory;

import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.NodeMapping;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Node;

/** Territory records are {@code :Territory} nodes. */
final class TerritoryMapping implements NodeMapping<Territory> {

    @Override
    public String label() {
        return "Territory";
    }

    @Override
    public Map<String, Object> properties(Territory record) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", record.name());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Territory fromNode(Node r) {
        return new Territory(
                string(r, "id"),
                string(r, "name"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of();
    }
}
