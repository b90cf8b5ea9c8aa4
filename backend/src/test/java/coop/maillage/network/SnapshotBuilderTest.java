package coop.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {

    private static final Set<Layer> ALL_LAYERS = EnumSet.allOf(Layer.class);

    private final List<TemporalNode> nodes = new ArrayList<>();
    private final List<TemporalTie> ties = new ArrayList<>();

    @Test
    void shouldGiveAnEmptyGraphForAnEmptyNetwork() {
        Snapshot snapshot = build(SnapshotQuery.ofYear(2020));

        assertThat(snapshot.graph().vertexSet()).isEmpty();
        assertThat(snapshot.attributes()).isEmpty();
        assertThat(snapshot.query()).isEqualTo(SnapshotQuery.ofYear(2020));
    }

    @Test
    void shouldKeepActorsActiveInTheYearAndTiesActiveInTheYear() {
        actor("a", 2018, null);
        actor("b", 2019, 2020);
        actor("c", 2021, null);
        collaboration("a", "b", 1, 2019, 2019);
        collaboration("a", "c", 1, 2021, null);

        assertThat(edges(build(SnapshotQuery.ofYear(2019)))).containsExactly(entry("a", "b", 1));
        Snapshot in2020 = build(SnapshotQuery.ofYear(2020));
        assertThat(in2020.graph().vertexSet()).containsExactly("a", "b");
        assertThat(in2020.graph().edgeSet()).isEmpty();
        assertThat(vertices(build(SnapshotQuery.ofYear(2021)))).containsExactly("a", "c");
        assertThat(edges(build(SnapshotQuery.ofYear(2021)))).containsExactly(entry("a", "c", 1));
    }

    @Test
    void shouldKeepEveryActorAndTieStartedByTheYearWhenCumulative() {
        actor("a", 2018, null);
        actor("b", 2019, 2019);
        actor("c", 2021, null);
        actor("d", 2022, null);
        collaboration("a", "b", 1, 2019, 2019);
        collaboration("a", "c", 1, 2021, 2021);
        collaboration("c", "d", 1, 2022, null);

        Snapshot snapshot = build(SnapshotQuery.cumulativeTo(2021));

        assertThat(vertices(snapshot)).containsExactly("a", "b", "c");
        assertThat(edges(snapshot)).containsExactly(entry("a", "b", 1), entry("a", "c", 1));
    }

    @Test
    void shouldTreatMissingDatesAsOpenEnds() {
        actor("a", null, null);
        actor("b", null, 2015);
        actor("c", 2019, null);
        collaboration("a", "b", 1, null, null);
        collaboration("a", "c", 1, 2019, null);

        assertThat(vertices(build(SnapshotQuery.ofYear(1900)))).containsExactly("a", "b");
        assertThat(edges(build(SnapshotQuery.ofYear(1900)))).containsExactly(entry("a", "b", 1));
        assertThat(vertices(build(SnapshotQuery.ofYear(2050)))).containsExactly("a", "c");
        assertThat(edges(build(SnapshotQuery.ofYear(2050)))).containsExactly(entry("a", "c", 1));
    }

    @Test
    void shouldWeightProjectedTiesByTheNumberOfSharedProjects() {
        actors("a", "b", "c", "d");
        project("p1", null, null);
        project("p2", null, null);
        project("p3", null, null);
        participations("p1", "a", "b", "c");
        participations("p2", "a", "b");
        participations("p3", "c", "d");
        participation("a", "p1", null, null); // a second role in p1 counts once

        assertThat(edges(build(SnapshotQuery.ofYear(2020))))
                .containsExactly(
                        entry("a", "b", 2), entry("a", "c", 1),
                        entry("b", "c", 1), entry("c", "d", 1));
    }

    @Test
    void shouldCountOnlyProjectsAndParticipationsOfTheYear() {
        actors("a", "b", "c");
        project("p1", 2018, null);
        project("p2", 2018, 2019);
        participation("a", "p1", 2018, null);
        participation("b", "p1", 2018, null);
        participation("c", "p1", 2018, 2019);
        participation("a", "p2", 2018, null);
        participation("c", "p2", 2018, null);

        assertThat(edges(build(SnapshotQuery.ofYear(2019))))
                .containsExactly(entry("a", "b", 1), entry("a", "c", 2), entry("b", "c", 1));
        assertThat(edges(build(SnapshotQuery.ofYear(2020)))).containsExactly(entry("a", "b", 1));
        assertThat(edges(build(SnapshotQuery.cumulativeTo(2020))))
                .containsExactly(entry("a", "b", 1), entry("a", "c", 2), entry("b", "c", 1));
        assertThat(edges(build(SnapshotQuery.cumulativeTo(2017)))).isEmpty();
    }

    @Test
    void shouldSumTheWeightsOfRepeatedTiesAndOfLayers() {
        actors("a", "b");
        project("p", null, null);
        collaboration("a", "b", 2, null, null);
        collaboration("b", "a", 0.5, null, null);
        participations("p", "a", "b");

        assertThat(edges(build(SnapshotQuery.ofYear(2020)))).containsExactly(entry("a", "b", 3.5));
    }

    @Test
    void shouldDropSelfLoops() {
        actors("a", "b");
        collaboration("a", "a", 3, null, null);
        collaboration("a", "b", 1, null, null);

        Graph<String, DefaultWeightedEdge> graph = build(SnapshotQuery.ofYear(2020)).graph();

        assertThat(graph.containsEdge("a", "a")).isFalse();
        assertThat(edges(build(SnapshotQuery.ofYear(2020)))).containsExactly(entry("a", "b", 1));
    }

    @Test
    void shouldRemoveThePoleAndActorsOfKindPoleWhenAsked() {
        nodes.add(new TemporalNode("pole", NodeMode.ACTOR, Map.of(), null));
        nodes.add(new TemporalNode("other", NodeMode.ACTOR, Map.of("kind", "pole"), null));
        actors("a", "b");
        project("p", null, null);
        participations("p", "pole", "a", "b");
        collaboration("pole", "a", 1, null, null);
        collaboration("other", "b", 1, null, null);
        TemporalNetwork network = new TemporalNetwork(nodes, ties, "pole");

        Snapshot with = SnapshotBuilder.build(network, SnapshotQuery.ofYear(2020));
        Snapshot without =
                SnapshotBuilder.build(network, SnapshotQuery.ofYear(2020).withoutPole(true));

        assertThat(vertices(with)).containsExactly("a", "b", "other", "pole");
        assertThat(with.graph().edgeSet()).hasSize(4);
        assertThat(vertices(without)).containsExactly("a", "b");
        assertThat(edges(without)).containsExactly(entry("a", "b", 1));
    }

    @Test
    void shouldUseOnlyTheLayersAsked() {
        actors("a", "b", "c", "d");
        project("p", null, null);
        event("e", null, null);
        collaboration("a", "b", 1, null, null);
        participations("p", "b", "c");
        attendances("e", "c", "d");

        assertThat(edges(build(SnapshotQuery.ofYear(2020))))
                .containsExactly(entry("a", "b", 1), entry("b", "c", 1));
        assertThat(edges(build(SnapshotQuery.ofYear(2020).withLayers(ALL_LAYERS))))
                .containsExactly(entry("a", "b", 1), entry("b", "c", 1), entry("c", "d", 1));
        assertThat(edges(build(SnapshotQuery.ofYear(2020).withLayers(Set.of(Layer.WORKSHOPS)))))
                .containsExactly(entry("c", "d", 1));
        assertThat(
                        edges(
                                build(
                                        SnapshotQuery.ofYear(2020)
                                                .withLayers(Set.of(Layer.COLLABORATIONS)))))
                .containsExactly(entry("a", "b", 1));
    }

    @Test
    void shouldKeepActiveActorsWithoutTiesAsIsolatedVertices() {
        actors("a", "b", "lonely");
        project("p", null, null);
        participations("p", "a", "b");

        Snapshot snapshot = build(SnapshotQuery.ofYear(2020));

        assertThat(vertices(snapshot)).containsExactly("a", "b", "lonely");
        assertThat(snapshot.graph().degreeOf("lonely")).isZero();
    }

    @Test
    void shouldNeverMakeProjectsOrEventsVertices() {
        actors("a");
        project("p", null, null);
        event("e", null, null);
        participations("p", "a");

        assertThat(vertices(build(SnapshotQuery.ofYear(2020).withLayers(ALL_LAYERS))))
                .containsExactly("a");
    }

    @Test
    void shouldDropTiesToIdsThatAreNotNodes() {
        actors("a", "b");
        collaboration("a", "ghost", 1, null, null);
        participation("a", "ghostProject", null, null);
        participation("b", "ghostProject", null, null);

        assertThat(build(SnapshotQuery.ofYear(2020)).graph().edgeSet()).isEmpty();
    }

    @Test
    void shouldAddVerticesInIdOrderAndKeepTheirAttributes() {
        nodes.add(new TemporalNode("z", NodeMode.ACTOR, Map.of("sector", "ESS"), null));
        nodes.add(new TemporalNode("m", NodeMode.ACTOR, Map.of("sector", "PUBLIC"), null));
        nodes.add(new TemporalNode("a", NodeMode.ACTOR, Map.of(), null));

        Snapshot snapshot = build(SnapshotQuery.ofYear(2020));

        assertThat(snapshot.graph().vertexSet()).containsExactly("a", "m", "z");
        assertThat(snapshot.attributes().keySet()).containsExactly("a", "m", "z");
        assertThat(snapshot.attribute("m", "sector")).isEqualTo("PUBLIC");
        assertThat(snapshot.attribute("a", "sector")).isNull();
    }

    @Test
    void shouldTieActorsInACumulativeSnapshotOnlyIfTheyTookPartAtTheSameTime() {
        actors("a", "b", "c");
        project("p", 2015, null);
        participation("a", "p", 2015, 2016);
        participation("b", "p", 2018, 2019);
        participation("c", "p", 2016, 2018);

        // a left before b came: no year has a-b, so the cumulative snapshot has none either
        assertThat(edges(build(SnapshotQuery.cumulativeTo(2019))))
                .containsExactly(entry("a", "c", 1), entry("b", "c", 1));
        assertThat(edges(build(SnapshotQuery.cumulativeTo(2016))))
                .containsExactly(entry("a", "c", 1));
    }

    @Test
    void shouldMakeTheCumulativeTiesTheUnionOfTheYearlyOnes() {
        actors("a", "b", "c", "d");
        project("p1", 2010, null);
        project("p2", 2012, 2014);
        participation("a", "p1", 2010, 2011);
        participation("b", "p1", 2011, 2013);
        participation("c", "p1", 2014, null);
        participation("a", "p1", 2014, 2014); // a came back to p1
        participation("b", "p2", 2012, 2012);
        participation("d", "p2", 2013, 2014);
        collaboration("c", "d", 1, 2016, null);

        for (int year = 2009; year <= 2017; year++) {
            java.util.Set<String> union = new java.util.TreeSet<>();
            for (int y = 2009; y <= year; y++) {
                edges(build(SnapshotQuery.ofYear(y))).forEach(e -> union.add(e.split("=")[0]));
            }
            List<String> cumulative =
                    edges(build(SnapshotQuery.cumulativeTo(year))).stream()
                            .map(e -> e.split("=")[0])
                            .toList();
            assertThat(cumulative).as("up to %d", year).containsExactlyElementsOf(union);
        }
    }

    @Test
    void shouldGiveAMemberTheCollegeOfTheYearAndNoneOutsideItsMemberships() {
        nodes.add(
                new TemporalNode(
                        "m", NodeMode.ACTOR, Map.of("college", "C3", "sector", "ESS"), null));
        actors("x");
        List<DatedAttribute> colleges =
                List.of(
                        new DatedAttribute("m", "college", "C1", Interval.ofYears(2015, 2017)),
                        new DatedAttribute("m", "college", "C3", Interval.ofYears(2018, 2020)));
        TemporalNetwork network = new TemporalNetwork(nodes, ties, null, colleges);

        assertThat(SnapshotBuilder.build(network, SnapshotQuery.ofYear(2014)).attributes())
                .containsEntry("m", Map.of("sector", "ESS"))
                .containsEntry("x", Map.of());
        assertThat(SnapshotBuilder.build(network, SnapshotQuery.ofYear(2016)).attributes())
                .containsEntry("m", Map.of("sector", "ESS", "college", "C1"));
        assertThat(SnapshotBuilder.build(network, SnapshotQuery.ofYear(2019)).attributes())
                .containsEntry("m", Map.of("sector", "ESS", "college", "C3"));
        assertThat(SnapshotBuilder.build(network, SnapshotQuery.ofYear(2022)).attributes())
                .containsEntry("m", Map.of("sector", "ESS"));
        assertThat(SnapshotBuilder.build(network, SnapshotQuery.cumulativeTo(2022)).attributes())
                .as("cumulative: the college taken up last")
                .containsEntry("m", Map.of("sector", "ESS", "college", "C3"));
    }

    @Test
    void shouldGiveAReadOnlyUndirectedSimpleWeightedGraph() {
        actors("a", "b");
        Graph<String, DefaultWeightedEdge> graph = build(SnapshotQuery.ofYear(2020)).graph();

        assertThat(graph.getType().isUndirected()).isTrue();
        assertThat(graph.getType().isSimple()).isTrue();
        assertThat(graph.getType().isWeighted()).isTrue();
        assertThatThrownBy(() -> graph.addEdge("a", "b"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private Snapshot build(SnapshotQuery query) {
        return SnapshotBuilder.build(new TemporalNetwork(nodes, ties, null), query);
    }

    private void actors(String... ids) {
        for (String id : ids) {
            actor(id, null, null);
        }
    }

    private void actor(String id, Integer from, Integer to) {
        nodes.add(new TemporalNode(id, NodeMode.ACTOR, Map.of(), Interval.ofYears(from, to)));
    }

    private void project(String id, Integer from, Integer to) {
        nodes.add(new TemporalNode(id, NodeMode.PROJECT, Map.of(), Interval.ofYears(from, to)));
    }

    private void event(String id, Integer from, Integer to) {
        nodes.add(new TemporalNode(id, NodeMode.EVENT, Map.of(), Interval.ofYears(from, to)));
    }

    private void collaboration(String a, String b, double weight, Integer from, Integer to) {
        ties.add(new TemporalTie(a, b, Layer.COLLABORATIONS, weight, Interval.ofYears(from, to)));
    }

    private void participation(String actor, String project, Integer from, Integer to) {
        ties.add(new TemporalTie(actor, project, Layer.PROJECTS, 1, Interval.ofYears(from, to)));
    }

    private void participations(String project, String... actors) {
        for (String actor : actors) {
            // the project first for one in two ties: endpoint order must not matter
            ties.add(
                    ties.size() % 2 == 0
                            ? new TemporalTie(actor, project, Layer.PROJECTS, 1, null)
                            : new TemporalTie(project, actor, Layer.PROJECTS, 1, null));
        }
    }

    private void attendances(String event, String... actors) {
        for (String actor : actors) {
            ties.add(new TemporalTie(actor, event, Layer.WORKSHOPS, 1, null));
        }
    }

    private static List<String> vertices(Snapshot snapshot) {
        return List.copyOf(snapshot.graph().vertexSet());
    }

    /** The edges as "u-v=weight" with u before v, sorted, for readable assertions. */
    static List<String> edges(Snapshot snapshot) {
        Graph<String, DefaultWeightedEdge> graph = snapshot.graph();
        Map<String, Double> sorted = new TreeMap<>();
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            String u = graph.getEdgeSource(edge);
            String v = graph.getEdgeTarget(edge);
            String key = u.compareTo(v) < 0 ? u + "-" + v : v + "-" + u;
            sorted.put(key, graph.getEdgeWeight(edge));
        }
        List<String> out = new ArrayList<>();
        sorted.forEach((key, weight) -> out.add(key + "=" + weight));
        return out;
    }

    private static String entry(String u, String v, double weight) {
        return u + "-" + v + "=" + weight;
    }
}
