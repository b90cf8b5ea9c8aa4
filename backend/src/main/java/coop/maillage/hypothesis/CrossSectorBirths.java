package coop.maillage.hypothesis;

import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.YearRange;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the new ties between groups (sectors) come from: of the pairs of actors of different groups
 * first tied within the range, how many were born in a project the pole facilitated.
 *
 * <p>A pair's birth year is the first year any source ties it ({@link PairHistory}; undated sources
 * count as born before the range). It was born in a facilitated project when one of the sources
 * that tie it in its birth year is a project whose {@code facilitators} attribute (space-separated
 * actor ids) names the pole. Pairs with the pole itself are left out: its own ties say nothing of
 * the ties it helps others make. Complexity: that of {@link PairHistory}.
 *
 * @param recorded whether any project carries the {@code facilitators} attribute
 * @param newCrossGroupPairs cross-group pairs born within the range
 * @param bornInProjects of those, born in a project
 * @param bornInFacilitatedProjects of those, born in a project the pole facilitated
 * @param projects projects active at some point of the range
 * @param facilitatedProjects of those, facilitated by the pole
 */
record CrossSectorBirths(
        boolean recorded,
        int newCrossGroupPairs,
        int bornInProjects,
        int bornInFacilitatedProjects,
        int projects,
        int facilitatedProjects) {

    /** The attribute of project nodes listing their facilitators' actor ids. */
    static final String FACILITATORS = "facilitators";

    static CrossSectorBirths of(
            TemporalNetwork network,
            PairHistory history,
            String poleId,
            String groupBy,
            YearRange years) {
        Map<String, TemporalNode> nodes = new HashMap<>();
        network.nodes().forEach(node -> nodes.put(node.id(), node));
        Set<String> facilitated = new HashSet<>();
        boolean recorded = false;
        int projects = 0;
        for (TemporalNode node : network.nodes()) {
            if (node.mode() != NodeMode.PROJECT || !overlaps(node, years)) {
                continue;
            }
            projects++;
            String names = node.attribute(FACILITATORS);
            recorded |= names != null;
            if (names != null && Arrays.asList(names.trim().split("\\s+")).contains(poleId)) {
                facilitated.add(node.id());
            }
        }
        int born = 0;
        int inProjects = 0;
        int inFacilitated = 0;
        for (Map.Entry<PairHistory.Pair, List<PairHistory.Span>> entry :
                history.spans().entrySet()) {
            PairHistory.Pair pair = entry.getKey();
            if (pair.involves(poleId) || !crossGroup(nodes, pair, groupBy)) {
                continue;
            }
            int birth =
                    entry.getValue().stream()
                            .mapToInt(CrossSectorBirths::start)
                            .min()
                            .orElseThrow();
            if (!years.contains(birth)) {
                continue;
            }
            born++;
            List<PairHistory.Span> first =
                    entry.getValue().stream().filter(span -> start(span) == birth).toList();
            if (first.stream().anyMatch(span -> isProject(nodes, span))) {
                inProjects++;
            }
            if (first.stream().anyMatch(span -> facilitated.contains(span.source()))) {
                inFacilitated++;
            }
        }
        return new CrossSectorBirths(
                recorded, born, inProjects, inFacilitated, projects, facilitated.size());
    }

    /**
     * Share of the new cross-group pairs born in facilitated projects; null without any, or when
     * facilitators are not recorded.
     */
    Double facilitatedShare() {
        return newCrossGroupPairs == 0 || !recorded
                ? null
                : bornInFacilitatedProjects / (double) newCrossGroupPairs;
    }

    /** Share of the range's projects that the pole facilitated; null without projects or record. */
    Double facilitatedProjectShare() {
        return projects == 0 || !recorded ? null : facilitatedProjects / (double) projects;
    }

    private static int start(PairHistory.Span span) {
        return span.interval().from() == null
                ? Integer.MIN_VALUE
                : span.interval().from().getYear();
    }

    private static boolean isProject(Map<String, TemporalNode> nodes, PairHistory.Span span) {
        TemporalNode node = nodes.get(span.source());
        return span.layer() == Layer.PROJECTS && node != null && node.mode() == NodeMode.PROJECT;
    }

    private static boolean crossGroup(
            Map<String, TemporalNode> nodes, PairHistory.Pair pair, String groupBy) {
        String a = nodes.get(pair.first()).attribute(groupBy);
        String b = nodes.get(pair.second()).attribute(groupBy);
        return a != null && b != null && !a.isBlank() && !b.isBlank() && !a.equals(b);
    }

    static boolean overlaps(TemporalNode node, YearRange years) {
        return node.interval().startedBy(years.last())
                && (node.interval().to() == null
                        || node.interval().to().getYear() >= years.first());
    }
}
