package coop.maillage.project;

import static coop.maillage.store.Props.bool;
import static coop.maillage.store.Props.date;
import static coop.maillage.store.Props.decimal;
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

/** Project records are {@code :Project} nodes. */
final class ProjectMapping implements NodeMapping<Project> {

    @Override
    public String label() {
        return "Project";
    }

    @Override
    public Map<String, Object> properties(Project record) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", record.name());
        p.put("domain", record.domain());
        p.put("stage", record.stage() == null ? null : record.stage().name());
        p.put("status", record.status() == null ? null : record.status().name());
        p.put("legalForm", record.legalForm());
        p.put("from", record.from());
        p.put("to", record.to());
        p.put("jobs", record.jobs());
        p.put("accompanied", record.accompanied());
        p.put("scoreOwnership", record.scoreOwnership());
        p.put("scoreAnchoring", record.scoreAnchoring());
        p.put("scoreHybrid", record.scoreHybrid());
        p.put("scoreResilience", record.scoreResilience());
        p.put("scoreTotal", record.scoreTotal());
        p.put("emergenceContext", record.emergenceContext());
        p.put("territory", record.territory());
        p.put("provenance", record.provenance());
        return p;
    }

    @Override
    public Project fromNode(Node r) {
        return new Project(
                string(r, "id"),
                string(r, "name"),
                string(r, "domain"),
                enumValue(r, "stage", ProjectStage.class),
                enumValue(r, "status", ProjectStatus.class),
                string(r, "legalForm"),
                date(r, "from"),
                date(r, "to"),
                integer(r, "jobs"),
                bool(r, "accompanied"),
                decimal(r, "scoreOwnership"),
                decimal(r, "scoreAnchoring"),
                decimal(r, "scoreHybrid"),
                decimal(r, "scoreResilience"),
                decimal(r, "scoreTotal"),
                string(r, "emergenceContext"),
                string(r, "territory"),
                string(r, "provenance"),
                longValue(r, "version"));
    }

    @Override
    public Map<String, Function<String, Object>> filters() {
        return Map.of(
                "stage", Filters.oneOf(ProjectStage.class),
                "status", Filters.oneOf(ProjectStatus.class),
                "territory", Filters.text(),
                "domain", Filters.text(),
                "accompanied", Filters.bool());
    }
}
