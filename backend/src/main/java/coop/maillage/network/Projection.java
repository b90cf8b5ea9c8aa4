package coop.maillage.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The projection of a two-mode layer (actor–project, actor–event) onto actor pairs, as {@link
 * SnapshotBuilder} describes it: the weight of a pair is the number of projects (events) they
 * share; in a cumulative snapshot, only participations that overlap in some year count as shared.
 */
final class Projection {

    private Projection() {}

    static void add(
            TemporalNetwork network,
            SnapshotQuery query,
            Layer layer,
            Map<String, Integer> index,
            Set<String> hubs,
            PairWeights weights) {
        // participants of each project (event), one list per hub: the cost is Σ k² over hubs
        if (query.cumulative()) {
            addCoParticipations(network, query, layer, index, hubs, weights);
            return;
        }
        Map<String, IntList> participants = new HashMap<>();
        for (TemporalTie tie : network.ties()) {
            if (tie.layer() != layer || !query.covers(tie.interval())) {
                continue;
            }
            Integer actor = index.get(tie.source());
            String hub = tie.target();
            if (actor == null) {
                actor = index.get(tie.target());
                hub = tie.source();
            }
            if (actor != null && hubs.contains(hub)) {
                participants.computeIfAbsent(hub, h -> new IntList()).add(actor);
            }
        }
        for (IntList list : participants.values()) {
            int size = list.sortDistinct();
            weights.addClique(list.values, size);
        }
    }

    /**
     * The projection of a cumulative query: two actors are tied by a project (event) only if their
     * participations in it overlap in at least one year.
     */
    private static void addCoParticipations(
            TemporalNetwork network,
            SnapshotQuery query,
            Layer layer,
            Map<String, Integer> index,
            Set<String> hubs,
            PairWeights weights) {
        Map<String, List<Stay>> stays = new HashMap<>();
        for (TemporalTie tie : network.ties()) {
            if (tie.layer() != layer || !query.covers(tie.interval())) {
                continue;
            }
            Integer actor = index.get(tie.source());
            String hub = tie.target();
            if (actor == null) {
                actor = index.get(tie.target());
                hub = tie.source();
            }
            if (actor != null && hubs.contains(hub)) {
                stays.computeIfAbsent(hub, h -> new ArrayList<>()).add(Stay.of(actor, tie));
            }
        }
        for (List<Stay> list : stays.values()) {
            Set<Long> pairs = new HashSet<>();
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    Stay x = list.get(a);
                    Stay y = list.get(b);
                    if (x.actor != y.actor && x.overlaps(y)) {
                        int i = Math.min(x.actor, y.actor);
                        int j = Math.max(x.actor, y.actor);
                        if (pairs.add((long) i * index.size() + j)) {
                            weights.add(i, j, 1.0);
                        }
                    }
                }
            }
        }
    }

    /** An actor's participation in a project, in whole years (open ends unbounded). */
    private record Stay(int actor, int from, int to) {

        static Stay of(int actor, TemporalTie tie) {
            Interval interval = tie.interval();
            return new Stay(
                    actor,
                    interval.from() == null ? Integer.MIN_VALUE : interval.from().getYear(),
                    interval.to() == null ? Integer.MAX_VALUE : interval.to().getYear());
        }

        boolean overlaps(Stay other) {
            return Math.max(from, other.from) <= Math.min(to, other.to);
        }
    }

    /** A growable list of ints, to avoid boxing every participation. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Sorts the values, removes repeats and returns how many distinct values remain. */
        int sortDistinct() {
            Arrays.sort(values, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || values[distinct - 1] != values[i]) {
                    values[distinct++] = values[i];
                }
            }
            size = distinct;
            return distinct;
        }
    }
}
