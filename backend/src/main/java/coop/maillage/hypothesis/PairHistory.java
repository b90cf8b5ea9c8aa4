package coop.maillage.hypothesis;

import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each pair of actors was tied, and through what: every direct collaboration between them and
 * every project or event both took part in, with the interval during which that source tied them.
 * It answers the questions the yearly snapshots cannot: when a tie was born, through which project,
 * and whether it outlived that project.
 *
 * <p>A direct collaboration ties the pair during its own interval; a project or event ties them
 * while both their participations and the project (event) itself are active, the intersection of
 * the three intervals, each widened to whole years as snapshots count them (empty intersections are
 * dropped). The layers are those of the snapshots. Complexity O(T + Σ<sub>h</sub> k<sub>h</sub>²)
 * for T ties and k<sub>h</sub> participants of hub h.
 */
final class PairHistory {

    /** The pseudo-source of direct collaborations. */
    static final String COLLABORATION = "";

    /** An unordered pair of actor ids, {@code first < second}. */
    record Pair(String first, String second) {

        static Pair of(String a, String b) {
            return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
        }

        boolean involves(String id) {
            return first.equals(id) || second.equals(id);
        }
    }

    /**
     * One source of a pair's tie.
     *
     * @param source the project or event id, or {@link #COLLABORATION}
     * @param layer the layer of the source
     * @param interval when that source tied the pair
     */
    record Span(String source, Layer layer, Interval interval) {}

    private final Map<Pair, List<Span>> spans;

    private PairHistory(Map<Pair, List<Span>> spans) {
        this.spans = spans;
    }

    Map<Pair, List<Span>> spans() {
        return spans;
    }

    /** Whether any source other than {@code except} (null: none excepted) ties the pair in year. */
    boolean tiedIn(Pair pair, int year, String except) {
        for (Span span : spans.getOrDefault(pair, List.of())) {
            if (!span.source().equals(except) && span.interval().activeIn(year)) {
                return true;
            }
        }
        return false;
    }

    static PairHistory of(TemporalNetwork network, Set<Layer> layers) {
        Map<String, TemporalNode> nodes = new HashMap<>();
        network.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<Pair, List<Span>> spans = new LinkedHashMap<>();
        Map<String, List<TemporalTie>> participations = new LinkedHashMap<>();
        for (TemporalTie tie : network.ties()) {
            if (!layers.contains(tie.layer())) {
                continue;
            }
            if (tie.layer() == Layer.COLLABORATIONS) {
                if (isActor(nodes.get(tie.source()))
                        && isActor(nodes.get(tie.target()))
                        && !tie.source().equals(tie.target())) {
                    add(
                            spans,
                            Pair.of(tie.source(), tie.target()),
                            COLLABORATION,
                            tie.layer(),
                            tie.interval());
                }
            } else {
                String hub = isActor(nodes.get(tie.source())) ? tie.target() : tie.source();
                String actor = hub.equals(tie.target()) ? tie.source() : tie.target();
                TemporalNode hubNode = nodes.get(hub);
                if (isActor(nodes.get(actor)) && hubNode != null && !isActor(hubNode)) {
                    participations.computeIfAbsent(hub, h -> new ArrayList<>()).add(tie);
                }
            }
        }
        participations.forEach((hub, ties) -> addHub(spans, nodes.get(hub), ties));
        return new PairHistory(spans);
    }

    private static void addHub(
            Map<Pair, List<Span>> spans, TemporalNode hub, List<TemporalTie> ties) {
        for (int i = 0; i < ties.size(); i++) {
            TemporalTie a = ties.get(i);
            String actorA = a.source().equals(hub.id()) ? a.target() : a.source();
            for (int j = i + 1; j < ties.size(); j++) {
                TemporalTie b = ties.get(j);
                String actorB = b.source().equals(hub.id()) ? b.target() : b.source();
                Interval shared =
                        intersection(
                                intersection(yearly(a.interval()), yearly(b.interval())),
                                yearly(hub.interval()));
                if (!actorA.equals(actorB) && shared != null) {
                    add(spans, Pair.of(actorA, actorB), hub.id(), a.layer(), shared);
                }
            }
        }
    }

    private static void add(
            Map<Pair, List<Span>> spans, Pair pair, String source, Layer layer, Interval when) {
        spans.computeIfAbsent(pair, p -> new ArrayList<>()).add(new Span(source, layer, when));
    }

    private static boolean isActor(TemporalNode node) {
        return node != null && node.mode() == NodeMode.ACTOR;
    }

    /**
     * The interval widened to whole years, as snapshots see it: three intervals active in one year
     * then overlap in that year even when their days do not.
     */
    private static Interval yearly(Interval interval) {
        return Interval.ofYears(
                interval.from() == null ? null : interval.from().getYear(),
                interval.to() == null ? null : interval.to().getYear());
    }

    /** The overlap of two intervals, or null when they do not overlap. */
    static Interval intersection(Interval a, Interval b) {
        if (a == null || b == null) {
            return null;
        }
        LocalDate from = later(a.from(), b.from());
        LocalDate to = earlier(a.to(), b.to());
        return from != null && to != null && to.isBefore(from) ? null : new Interval(from, to);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
