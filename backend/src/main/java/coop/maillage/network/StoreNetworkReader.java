package coop.maillage.network;

import coop.maillage.neo4j.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the temporal network of one territory from the store, in one read transaction: its actors
 * (with sector, kind, commune, college…), its projects and workshops as second-mode nodes, and the
 * dated ties of every layer. Analysis code receives the result and never the driver. The network is
 * kept until the next write ({@link NetworkCache}): the analysis endpoints ask for it on every
 * request.
 */
@Component
public class StoreNetworkReader {

    private final Database database;
    private final NetworkCache cache = new NetworkCache();

    StoreNetworkReader(Database database) {
        this.database = database;
    }

    /** The territories that have actors, most actors first. */
    public List<String> territories() {
        return database.read(
                tx ->
                        tx.run(
                                        """
                                        MATCH (a:Actor) WHERE a.territory IS NOT NULL
                                        RETURN a.territory AS t, count(a) AS n
                                        ORDER BY n DESC, t
                                        """)
                                .list(r -> r.get("t").asString()));
    }

    /**
     * The network of {@code territory}; with null, the territory with the most actors (every actor
     * when no actor has a territory).
     */
    public TemporalNetwork read(String territory) {
        return cache.get(territory, database.writes(), this::readStored);
    }

    private TemporalNetwork readStored(String territory) {
        String chosen =
                territory != null ? territory : territories().stream().findFirst().orElse(null);
        return database.read(
                tx -> {
                    List<TemporalNode> nodes = new ArrayList<>(actors(tx, chosen));
                    Set<String> actorIds = new HashSet<>();
                    nodes.forEach(n -> actorIds.add(n.id()));
                    String pole = pole(tx, nodes);
                    nodes.addAll(projects(tx));
                    nodes.addAll(workshops(tx));
                    List<TemporalTie> ties = new ArrayList<>();
                    ties.addAll(collaborations(tx, actorIds));
                    ties.addAll(secondModeTies(tx, actorIds));
                    return new TemporalNetwork(nodes, ties, pole, colleges(tx, actorIds));
                });
    }

    private static List<TemporalNode> actors(TransactionContext tx, String territory) {
        return tx.run(
                        """
                        MATCH (a:Actor)
                        WHERE $territory IS NULL OR a.territory = $territory
                        OPTIONAL MATCH (a)-[m:MEMBER_OF]->(:Actor)
                        WITH a, m ORDER BY m.from DESC
                        WITH a, collect(m.college)[0] AS college
                        RETURN a, college ORDER BY a.id
                        """,
                        parameters("territory", territory))
                .list(StoreNetworkReader::actor);
    }

    /**
     * Each membership's college for the years it lasts, so that a snapshot gives an actor the
     * college it belonged to that year (none before it joined or after it left).
     */
    private static List<DatedAttribute> colleges(TransactionContext tx, Set<String> actors) {
        return tx
                .run(
                        """
                        MATCH (a:Actor)-[m:MEMBER_OF]->(:Actor) WHERE m.college IS NOT NULL
                        RETURN a.id AS a, m.college AS college, m.from AS from, m.to AS to
                        ORDER BY a.id, m.from
                        """)
                .list(
                        r ->
                                new DatedAttribute(
                                        r.get("a").asString(),
                                        "college",
                                        r.get("college").asString(),
                                        interval(r.get("from"), r.get("to"))))
                .stream()
                .filter(dated -> actors.contains(dated.node()))
                .toList();
    }

    private static TemporalNode actor(Record row) {
        var a = row.get("a").asNode();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key : List.of("name", "kind", "sector", "commune", "territory", "person")) {
            put(attributes, key, a.get(key));
        }
        put(attributes, "college", row.get("college"));
        return new TemporalNode(
                a.get("id").asString(),
                NodeMode.ACTOR,
                attributes,
                interval(a.get("from"), a.get("to")));
    }

    /** The pole: among actors of kind POLE, the one with the most members. */
    private static String pole(TransactionContext tx, List<TemporalNode> actors) {
        List<String> poles =
                actors.stream()
                        .filter(n -> "POLE".equals(n.attribute("kind")))
                        .map(TemporalNode::id)
                        .toList();
        if (poles.size() <= 1) {
            return poles.isEmpty() ? null : poles.get(0);
        }
        return tx.run(
                        """
                        UNWIND $poles AS id
                        MATCH (p:Actor {id: id})
                        RETURN id, COUNT { (p)<-[:MEMBER_OF]-() } AS members
                        ORDER BY members DESC, id LIMIT 1
                        """,
                        parameters("poles", poles))
                .single()
                .get("id")
                .asString();
    }

    private static List<TemporalNode> projects(TransactionContext tx) {
        return tx.run(
                        """
                        MATCH (p:Project)
                        OPTIONAL MATCH (f:Actor)-[:TAKES_PART_IN {role: 'FACILITATOR'}]->(p)
                        WITH p, collect(f.id) AS facilitators
                        RETURN p, facilitators ORDER BY p.id
                        """)
                .list(
                        row -> {
                            var p = row.get("p").asNode();
                            Map<String, String> attributes = new LinkedHashMap<>();
                            attributes.put("kind", "project");
                            for (String key :
                                    List.of(
                                            "name",
                                            "domain",
                                            "stage",
                                            "status",
                                            "legalForm",
                                            "scoreTotal",
                                            "accompanied",
                                            "jobs")) {
                                put(attributes, key, p.get(key));
                            }
                            List<String> facilitators =
                                    row.get("facilitators").asList(Value::asString);
                            if (!facilitators.isEmpty()) {
                                attributes.put(
                                        "facilitators",
                                        String.join(" ", facilitators.stream().sorted().toList()));
                            }
                            return new TemporalNode(
                                    p.get("id").asString(),
                                    NodeMode.PROJECT,
                                    attributes,
                                    interval(p.get("from"), p.get("to")));
                        });
    }

    private static List<TemporalNode> workshops(TransactionContext tx) {
        return tx.run("MATCH (w:Workshop) RETURN w ORDER BY w.id")
                .list(
                        row -> {
                            var w = row.get("w").asNode();
                            Map<String, String> attributes = new LinkedHashMap<>();
                            attributes.put("kind", "event");
                            put(attributes, "name", w.get("name"));
                            put(attributes, "event", w.get("event"));
                            return new TemporalNode(
                                    w.get("id").asString(),
                                    NodeMode.EVENT,
                                    attributes,
                                    interval(w.get("from"), w.get("from")));
                        });
    }

    private static List<TemporalTie> collaborations(TransactionContext tx, Set<String> actors) {
        return tx
                .run(
                        """
                        MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
                        RETURN a.id AS a, b.id AS b, r.weight AS w, r.from AS from, r.to AS to
                        ORDER BY r.id
                        """)
                .list(r -> tie(r, Layer.COLLABORATIONS))
                .stream()
                .filter(t -> actors.contains(t.source()) && actors.contains(t.target()))
                .toList();
    }

    private static List<TemporalTie> secondModeTies(TransactionContext tx, Set<String> actors) {
        List<TemporalTie> ties = new ArrayList<>();
        ties.addAll(
                tx.run(
                                """
                                MATCH (a:Actor)-[r:TAKES_PART_IN]->(p:Project)
                                RETURN a.id AS a, p.id AS b, 1.0 AS w, r.from AS from, r.to AS to
                                ORDER BY r.id
                                """)
                        .list(r -> tie(r, Layer.PROJECTS)));
        ties.addAll(
                tx.run(
                                """
                                MATCH (a:Actor)-[r:ATTENDED]->(w:Workshop)
                                RETURN a.id AS a, w.id AS b, 1.0 AS w,
                                       coalesce(r.from, w.from) AS from,
                                       coalesce(r.to, w.from) AS to
                                ORDER BY r.id
                                """)
                        .list(r -> tie(r, Layer.WORKSHOPS)));
        return ties.stream().filter(t -> actors.contains(t.source())).toList();
    }

    private static TemporalTie tie(Record row, Layer layer) {
        double weight =
                row.get("w").isNull() ? TemporalTie.DEFAULT_WEIGHT : row.get("w").asDouble();
        return new TemporalTie(
                row.get("a").asString(),
                row.get("b").asString(),
                layer,
                weight,
                interval(row.get("from"), row.get("to")));
    }

    private static Interval interval(Value from, Value to) {
        LocalDate start = from.isNull() ? null : from.asLocalDate();
        LocalDate end = to.isNull() ? null : to.asLocalDate();
        return new Interval(start, end);
    }

    private static void put(Map<String, String> attributes, String key, Value value) {
        if (value != null && !value.isNull()) {
            Object plain = value.asObject();
            attributes.put(
                    key,
                    plain instanceof Double d && d == Math.rint(d)
                            ? String.valueOf(d.longValue())
                            : String.valueOf(plain));
        }
    }

    private static Map<String, Object> parameters(String key, Object value) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put(key, value);
        return parameters;
    }
}
