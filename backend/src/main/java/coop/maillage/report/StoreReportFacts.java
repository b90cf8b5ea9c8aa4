package coop.maillage.report;

import coop.maillage.dataset.DatasetService;
import coop.maillage.neo4j.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads the {@link ReportFacts} of the pole from the store, in one read transaction. */
@Component
class StoreReportFacts {

    private final Database database;
    private final DatasetService datasets;

    StoreReportFacts(Database database, DatasetService datasets) {
        this.database = database;
        this.datasets = datasets;
    }

    /** The facts about the pole {@code poleId} (null: no pole, no memberships). */
    ReportFacts read(String poleId) {
        boolean demonstration = datasets.status().demonstration();
        return database.read(tx -> read(tx, poleId, demonstration));
    }

    private static ReportFacts read(TransactionContext tx, String poleId, boolean demonstration) {
        List<ReportFacts.Actor> actors =
                tx.run("MATCH (a:Actor) RETURN a").list(r -> actor(r.get("a")));
        String poleName =
                actors.stream()
                        .filter(a -> a.id().equals(poleId))
                        .map(ReportFacts.Actor::name)
                        .findFirst()
                        .orElse(null);
        return new ReportFacts(
                poleId,
                poleName,
                demonstration,
                actors,
                tx.run("MATCH (c:College) RETURN c.id AS id, c.name AS name")
                        .list(r -> new ReportFacts.College(text(r, "id"), text(r, "name"))),
                memberships(tx, poleId),
                tx.run("MATCH (p:Project) RETURN p").list(r -> project(r.get("p"))),
                participations(tx),
                tx.run("MATCH (e:Event) RETURN e").list(r -> event(r.get("e"))),
                tx.run("MATCH (w:Workshop) RETURN w").list(r -> workshop(r.get("w"))),
                tx.run(
                                """
                                MATCH (p:Project)-[r:EMERGED_FROM]->(o)
                                RETURN r.id AS id, p.id AS project, o.id AS origin, r.from AS from
                                """)
                        .list(
                                r ->
                                        new ReportFacts.Emergence(
                                                text(r, "id"),
                                                text(r, "project"),
                                                text(r, "origin"),
                                                date(r.get("from")))),
                tx.run("MATCH (f:DocumentedFigure) RETURN f").list(r -> figure(r.get("f"))));
    }

    private static List<ReportFacts.Membership> memberships(TransactionContext tx, String poleId) {
        return tx.run(
                        """
                        MATCH (a:Actor)-[m:MEMBER_OF]->(p:Actor {id: $pole})
                        RETURN m.id AS id, a.id AS actor, m.college AS college,
                               m.from AS from, m.to AS to, m.provenance AS provenance
                        """,
                        Map.of("pole", poleId == null ? "" : poleId))
                .list(
                        r ->
                                new ReportFacts.Membership(
                                        text(r, "id"),
                                        text(r, "actor"),
                                        text(r, "college"),
                                        date(r.get("from")),
                                        date(r.get("to")),
                                        text(r, "provenance")));
    }

    private static List<ReportFacts.Participation> participations(TransactionContext tx) {
        return tx.run(
                        """
                        MATCH (a:Actor)-[r:TAKES_PART_IN]->(p:Project)
                        RETURN r.id AS id, a.id AS actor, p.id AS project, r.role AS role,
                               r.from AS from, r.to AS to, r.provenance AS provenance
                        """)
                .list(
                        r ->
                                new ReportFacts.Participation(
                                        text(r, "id"),
                                        text(r, "actor"),
                                        text(r, "project"),
                                        text(r, "role"),
                                        date(r.get("from")),
                                        date(r.get("to")),
                                        text(r, "provenance")));
    }

    private static ReportFacts.Actor actor(Value a) {
        return new ReportFacts.Actor(
                a.get("id").asString(),
                a.get("name").asString(null),
                a.get("kind").asString(null),
                a.get("sector").asString(null),
                a.get("person").asBoolean(false),
                date(a.get("from")),
                date(a.get("to")),
                a.get("provenance").asString(null));
    }

    private static ReportFacts.Project project(Value p) {
        return new ReportFacts.Project(
                p.get("id").asString(),
                p.get("name").asString(null),
                p.get("stage").asString(null),
                p.get("status").asString(null),
                date(p.get("from")),
                date(p.get("to")),
                integer(p.get("jobs")),
                p.get("accompanied").isNull() ? null : p.get("accompanied").asBoolean(),
                p.get("emergenceContext").asString(null),
                p.get("provenance").asString(null));
    }

    private static ReportFacts.Event event(Value e) {
        return new ReportFacts.Event(
                e.get("id").asString(),
                e.get("name").asString(null),
                e.get("type").asString(null),
                date(e.get("from")),
                date(e.get("to")),
                integer(e.get("participants")),
                e.get("provenance").asString(null));
    }

    private static ReportFacts.Workshop workshop(Value w) {
        return new ReportFacts.Workshop(
                w.get("id").asString(),
                w.get("event").asString(null),
                w.get("project").asString(null),
                date(w.get("from")),
                integer(w.get("participants")),
                w.get("provenance").asString(null));
    }

    private static ReportFacts.Figure figure(Value f) {
        return new ReportFacts.Figure(
                f.get("id").asString(),
                f.get("subject").asString(null),
                f.get("metric").asString(null),
                integer(f.get("year")),
                f.get("value").isNull() ? 0 : f.get("value").asNumber().doubleValue(),
                f.get("source").asString(null),
                f.get("quote").asString(null),
                f.get("usedBySeed").asBoolean(false),
                f.get("note").asString(null));
    }

    private static String text(Record r, String key) {
        return r.get(key).asString(null);
    }

    private static LocalDate date(Value value) {
        return value == null || value.isNull() ? null : value.asLocalDate();
    }

    private static Integer integer(Value value) {
        return value == null || value.isNull() ? null : value.asNumber().intValue();
    }
}
