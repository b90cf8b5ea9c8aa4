package coop.maillage.cli;

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

class InputNotesTest {

    @Test
    void shouldSayNothingOfASimpleNetwork() {
        TemporalNetwork network =
                network(tie("a", "b", Layer.COLLABORATIONS), tie("b", "c", Layer.COLLABORATIONS));

        assertThat(InputNotes.of(network, Layer.DEFAULTS)).isEmpty();
    }

    @Test
    void shouldNameDroppedSelfLoopsSummedPairsAndLeftOutLayers() {
        TemporalNetwork network =
                network(
                        tie("a", "a", Layer.COLLABORATIONS),
                        tie("a", "b", Layer.COLLABORATIONS),
                        tie("b", "a", Layer.COLLABORATIONS),
                        tie("b", "c", Layer.COLLABORATIONS),
                        tie("c", "b", Layer.COLLABORATIONS),
                        tie("a", "e", Layer.WORKSHOPS),
                        tie("b", "e", Layer.WORKSHOPS));

        assertThat(InputNotes.of(network, Layer.DEFAULTS))
                .containsExactly(
                        "1 self-loop(s) dropped: a tie joins two different actors",
                        "2 pair(s) of actors have several ties at the same time (repeated or in"
                                + " both directions): ties are undirected and the weights of a"
                                + " pair's ties add up",
                        "2 tie(s) of the workshops layer left out: add it with --layers to use"
                                + " them");
        assertThat(InputNotes.of(network, Set.of(Layer.COLLABORATIONS, Layer.WORKSHOPS)))
                .hasSize(2);
    }

    private static TemporalNetwork network(TemporalTie... ties) {
        List<TemporalNode> nodes =
                List.of(
                        node("a", NodeMode.ACTOR),
                        node("b", NodeMode.ACTOR),
                        node("c", NodeMode.ACTOR),
                        node("e", NodeMode.EVENT));
        return new TemporalNetwork(nodes, List.of(ties), null);
    }

    private static TemporalNode node(String id, NodeMode mode) {
        return new TemporalNode(id, mode, Map.of(), Interval.ALWAYS);
    }

    private static TemporalTie tie(String a, String b, Layer layer) {
        return new TemporalTie(a, b, layer, 1, Interval.ALWAYS);
    }
}
