package coop.maillage.cli;

import coop.maillage.network.Interval;
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
 * line each on the error stream: self-loops dropped, ties of the same pair at the same time (given
 * in both directions, or repeated) summed into one undirected tie, and ties of a layer left out.
 */
final class InputNotes {

    private InputNotes() {}

    /** The notes for {@code network} analysed with {@code layers}; empty when there is none. */
    static List<String> of(TemporalNetwork network, Set<Layer> layers) {
        int selfLoops = 0;
        Map<Layer, Integer> leftOut = new EnumMap<>(Layer.class);
        Map<String, List<Interval>> pairs = new HashMap<>();
        for (TemporalTie tie : network.ties()) {
            if (!layers.contains(tie.layer())) {
                leftOut.merge(tie.layer(), 1, Integer::sum);
            } else if (tie.source().equals(tie.target())) {
                selfLoops++;
            } else if (tie.layer() == Layer.COLLABORATIONS) {
                pairs.computeIfAbsent(pairKey(tie), key -> new ArrayList<>()).add(tie.interval());
            }
        }
        List<String> notes = new ArrayList<>();
        if (selfLoops > 0) {
            notes.add(selfLoops + " self-loop(s) dropped: a tie joins two different actors");
        }
        long repeated = pairs.values().stream().filter(InputNotes::overlap).count();
        if (repeated > 0) {
            notes.add(
                    repeated
                            + " pair(s) of actors have several ties at the same time (repeated or"
                            + " in both directions): ties are undirected and the weights of a"
                            + " pair's ties add up");
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

    /** Whether two of the intervals share a year. */
    private static boolean overlap(List<Interval> intervals) {
        for (int i = 0; i < intervals.size(); i++) {
            for (int j = i + 1; j < intervals.size(); j++) {
                if (first(intervals.get(i)) <= last(intervals.get(j))
                        && first(intervals.get(j)) <= last(intervals.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int first(Interval interval) {
        return interval.from() == null ? Integer.MIN_VALUE : interval.from().getYear();
    }

    private static int last(Interval interval) {
        return interval.to() == null ? Integer.MAX_VALUE : interval.to().getYear();
    }

    private static String pairKey(TemporalTie tie) {
        return tie.source().compareTo(tie.target()) < 0
                ? tie.source() + '\u0000' + tie.target()
                : tie.target() + '\u0000' + tie.source();
    }
}
