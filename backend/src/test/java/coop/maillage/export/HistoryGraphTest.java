package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryGraphTest {

    private static final PersonMask MASK =
            PersonMask.pseudonymising(Set.of("ana"), id -> "P-" + id.toUpperCase());

    private static final TemporalNetwork NETWORK =
            new TemporalNetwork(
                    List.of(
                            actor("ana", "CITIZEN", "true", Interval.ofYears(2009, null)),
                            actor("bob", "COMPANY", "false", Interval.ofYears(2005, 2020)),
                            actor("pole", "POLE", "false", Interval.ofYears(2014, null)),
                            new TemporalNode(
                                    "proj",
                                    NodeMode.PROJECT,
                                    Map.of("kind", "project", "facilitators", "pole ana"),
                                    Interval.ofYears(2012, 2016)),
                            new TemporalNode(
                                    "idle",
                                    NodeMode.PROJECT,
                                    Map.of("kind", "project"),
                                    Interval.ALWAYS)),
                    List.of(
                            collab("ana", "bob", 1, Interval.ofYears(2010, 2011)),
                            collab("bob", "ana", 1, Interval.ofYears(2013, null)),
                            collab("ana", "bob", 1, Interval.ofYears(2011, 2012)),
                            collab("ana", "bob", 2, Interval.ofYears(2015, 2015)),
                            collab("ana", "ana", 1, Interval.ALWAYS),
                            collab("ana", "ghost", 1, Interval.ALWAYS),
                            collab("pole", "bob", 1, Interval.ofYears(2014, null)),
                            new TemporalTie(
                                    "ana",
                                    "proj",
                                    Layer.PROJECTS,
                                    1,
                                    Interval.ofYears(2012, 2013))),
                    "pole");

    @Test
    void shouldKeepEveryDatedTieAndPackDisjointOnesIntoSpells() {
        ExportGraph graph = HistoryGraph.of(NETWORK, Layer.DEFAULTS, false, null, MASK);

        assertThat(graph.dynamic()).isTrue();
        assertThat(graph.nodes())
                .extracting(ExportGraph.Node::id)
                .containsExactly("P-ANA", "bob", "pole", "proj");
        assertThat(graph.edges())
                .extracting(
                        e -> e.source() + "-" + e.target() + " w" + e.weight() + " " + e.spells())
                .containsExactly(
                        "P-ANA-bob w1.0 ["
                                + Interval.ofYears(2010, 2011)
                                + ", "
                                + Interval.ofYears(2013, null)
                                + "]",
                        "P-ANA-bob w1.0 [" + Interval.ofYears(2011, 2012) + "]",
                        "P-ANA-bob w2.0 [" + Interval.ofYears(2015, 2015) + "]",
                        "P-ANA-proj w1.0 [" + Interval.ofYears(2012, 2013) + "]",
                        "bob-pole w1.0 [" + Interval.ofYears(2014, null) + "]");
        assertThat(graph.hasParallelEdges()).isTrue();
    }

    @Test
    void shouldHidePersonsInNodesAndInTheFacilitatorsOfProjects() {
        ExportGraph graph = HistoryGraph.of(NETWORK, Layer.DEFAULTS, false, null, MASK);

        ExportGraph.Node ana = graph.nodes().get(0);
        assertThat(ana.attributes()).containsEntry("name", "P-ANA").doesNotContainKey("commune");
        assertThat(ana.interval()).isEqualTo(Interval.ofYears(2009, null));
        assertThat(graph.nodes().get(3).attributes()).containsEntry("facilitators", "P-ANA pole");
        assertThat(graph.properties())
                .containsExactly(
                        Map.entry("layers", "collaborations,projects"),
                        Map.entry("withoutPole", "false"),
                        Map.entry("pseudonymised", "true"));
    }

    @Test
    void shouldLeaveOutThePoleAndTheLayersNotAskedFor() {
        ExportGraph graph =
                HistoryGraph.of(
                        NETWORK,
                        Set.of(Layer.COLLABORATIONS),
                        true,
                        null,
                        PersonMask.withNames(Set.of("ana")));

        assertThat(graph.nodes()).extracting(ExportGraph.Node::id).containsExactly("ana", "bob");
        assertThat(graph.edges())
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.target()).isEqualTo("bob"));
        assertThat(graph.nodes().get(0).attributes())
                .containsEntry("name", "Ana")
                .containsEntry("commune", "Arbois");
    }

    private static TemporalNode actor(String id, String kind, String person, Interval interval) {
        String name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        return new TemporalNode(
                id,
                NodeMode.ACTOR,
                Map.of("name", name, "kind", kind, "person", person, "commune", "Arbois"),
                interval);
    }

    private static TemporalTie collab(String a, String b, double weight, Interval interval) {
        return new TemporalTie(a, b, Layer.COLLABORATIONS, weight, interval);
    }
}
