package coop.maillage.cli;

import coop.maillage.network.Layer;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalTie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis does to a file's ties that a reader of networkx might not expect, said in one
 * line each on the error stream: self-loops dropped, ties given in both directions or repeated
 * between the same pair summed into one undirected tie, and ties of a layer left out.
 */
final class InputNotes {

    private InputNotes() {}

    /** The notes for {@code network} analysed with {@code layers}; empty when there is none. */
    static List<String> of(TemporalNetwork network, Set<Layer> layers) {
        int selfLoops = 0;
        Map<Layer, Integer> leftOut = new EnumMap<>(Layer.class);
        Map<String, Integer> pairs = new HashMap<>();
        for (TemporalTie tie : network.ties()) {
            if (!layers.contains(tie.layer())) {
                leftOut.merge(tie.layer(), 1, Integer::sum);
            } else if (tie.source().equals(tie.target())) {
                selfLoops++;
            } else if (tie.layer() == Layer.COLLABORATIONS) {
                pairs.merge(pairKey(tie), 1, Integer::sum);
            }
        }
        List<String> notes = new ArrayList<>();
        if (selfLoops > 0) {
            notes.add(selfLoops + " self-loop(s) dropped: a tie joins two different actors");
        }
        long repeated = pairs.values().stream().filter(count -> count > 1).count();
        if (repeated > 0) {
            notes.add(
                    repeated
                            + " pair(s) of actors have several ties (repeated, in both"
                            + " directions or in several periods): ties are undirected and the"
                            + " weights of a pair's ties active in a snapshot add up");
        }
        leftOut.forEach(
                (layer, count) ->
                        notes.add(
                                count
                                        + " tie(s) of the "
                                        + layer.jsonName()
                                        + " layer left out: add it with --layers to use them"));
        return notes;
    }

    private static String pairKey(TemporalTie tie) {
        return tie.source().compareTo(tie.target()) < 0
                ? tie.source() + '\u0000' + tie.target()
                : tie.target() + '\u0000' + tie.source();
    }
}
