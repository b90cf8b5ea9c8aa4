package coop.maillage.cli;

import coop.maillage.network.Interval;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.util.ArrayList;
import java.util.List;

/**
 * A temporal network with its time axis removed, so that any snapshot of it holds every node and
 * every tie: the whole graph that {@code analyse} reads when no year is asked for.
 *
 * <p>The file readers turn an edge active in several periods (GEXF spells) into consecutive ties
 * that differ only by their interval. Without time, such an edge is one tie with its weight, as it
 * is one edge in the file, so consecutive ties that differ only by their interval are kept once.
 * Other repeated ties still add their weights, as they do in every snapshot.
 */
final class TimelessNetwork {

    private TimelessNetwork() {}

    /** {@code network} with every node and tie undated and every edge's spells merged. */
    static TemporalNetwork of(TemporalNetwork network) {
        List<TemporalNode> nodes = new ArrayList<>(network.nodes().size());
        for (TemporalNode node : network.nodes()) {
            nodes.add(new TemporalNode(node.id(), node.mode(), node.attributes(), Interval.ALWAYS));
        }
        List<TemporalTie> ties = new ArrayList<>(network.ties().size());
        TemporalTie previous = null;
        for (TemporalTie tie : network.ties()) {
            if (previous == null || !isAnotherSpell(previous, tie)) {
                ties.add(
                        new TemporalTie(
                                tie.source(),
                                tie.target(),
                                tie.layer(),
                                tie.weight(),
                                Interval.ALWAYS));
            }
            previous = tie;
        }
        return new TemporalNetwork(nodes, ties, network.poleId());
    }

    private static boolean isAnotherSpell(TemporalTie previous, TemporalTie tie) {
        return previous.source().equals(tie.source())
                && previous.target().equals(tie.target())
                && previous.layer() == tie.layer()
                && previous.weight() == tie.weight()
                && !previous.interval().equals(tie.interval());
    }
}
