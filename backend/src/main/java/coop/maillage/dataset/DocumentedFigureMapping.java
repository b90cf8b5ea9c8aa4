package coop.maillage.dataset;

import static coop.maillage.store.Props.bool;
import static coop.maillage.store.Props.decimal;
import static coop.maillage.store.Props.integer;
import static coop.maillage.store.Props.longValue;
import static coop.maillage.store.Props.string;

import coop.maillage.store.NodeMapping;
import coop.maillage.web.Filters;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.types.Node;

/** DocumentedFigure records are {@code :DocumentedFigure} nodes. */
final class DocumentedFigureMapping implements NodeMapping<DocumentedFigure> {

    @Override
    public String label() {
        return "DocumentedFigure";
    }

    @Override
    public Map<String, Object> properties(DocumentedFigure record) {
        Map<String, Object> p = new HashMap<>();
        p.put("subject", record.subject());
        p.put("metric", record.metric());
        p.put("year", record.year());
        p.put("value", record.value());
        p.put("source", record.source());
        p.put("quote", record.quote());
        p.put("usedBySeed", record.usedBySeed());
        p.put("note", record.note());
        return p;
    }

    @Override
    public DocumentedFigure fromNode(Node r) {
        return new DocumentedFigure(
                string(r, "id"),
                string(r, "subject"),
                string(r, "metric"),
                integer(r, "year"),
                decimal(r, "value"),
                string(r, "source"),
                string(r, "quote"),
                bool(r, "usedBySeed"),
                string(r, "note"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of(
                "subject", Filters.text(),
                "metric", Filters.text());
    }
}
