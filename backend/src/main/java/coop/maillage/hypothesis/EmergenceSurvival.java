package coop.maillage.hypothesis;

import coop.maillage.network.Interval;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.YearRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * H4, cooperation outlasts emergence: of the ties between actors formed through a project during
 * its emergence, the share still present k years later.
 *
 * <p>Emergence = the first {@link #EMERGENCE_YEARS} calendar years of a project, from the year of
 * its start (projects without a start date are left out). The stage attribute (D1–D3) is not used:
 * it records the project's current stage, not when it left emergence. A pair of actors (the pole
 * left out: it joins nearly every project) is formed in year f when f is the first emergence year
 * in which both take part in the project; a pair formed in several projects keeps the earliest. For
 * a lag k, the pairs with f + k in the range and both actors still present then are eligible; a
 * pair survives when any source of the query's layers (the project itself included) ties it in year
 * f + k — the ties active that year, whatever the query's cumulative choice. The share that
 * survives through another source than the forming project is reported too. Complexity: that of
 * {@link PairHistory}, plus O(P·L) for P formed pairs and L lags.
 */
final class EmergenceSurvival {

    static final String ID = "H4";

    /** Years of a project counted as its emergence, from its start year. */
    static final int EMERGENCE_YEARS = 2;

    /** The lags, in years after formation, at which survival is measured. */
    static final List<Integer> LAGS = List.of(1, 2, 3);

    /** The share of pairs that must survive at every measured lag. */
    static final double THRESHOLD = 0.5;

    /** The fewest eligible pairs for a lag to count. */
    static final int MIN_PAIRS = 10;

    static final String RULE =
            "Supported when, at every lag (1, 2, 3 years) with at least 10 eligible pairs, at"
                    + " least 50 % of the pairs formed during a project's emergence are still tied."
                    + " Not supported when the share falls below 50 % at one of those lags."
                    + " Inconclusive when no lag has 10 eligible pairs.";

    static final String METHOD =
            "Emergence = the project's start year and the next; pairs of participants (pole left"
                    + " out) formed then; survival k years later = still tied that year in any"
                    + " layer of the query (active ties), among pairs whose actors still exist and"
                    + " whose year f + k lies in the range. The project stage attribute is not"
                    + " dated, so it is not used.";

    private EmergenceSurvival() {}

    /** A pair formed during a project's emergence. */
    private record Formation(int year, String project) {}

    static HypothesisAnswer answer(
            TemporalNetwork network, PairHistory history, String poleId, YearRange years) {
        Map<String, TemporalNode> nodes = new HashMap<>();
        network.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<PairHistory.Pair, Formation> formed = formations(history, nodes, poleId, years);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("pairsFormedInEmergence", formed.size()));
        // the lag the sentence reports: the first below the threshold, else the last measured
        Double reportedShare = null;
        int reportedLag = 0;
        int reportedEligible = 0;
        boolean anyBelow = false;
        for (int lag : LAGS) {
            int eligible = 0;
            int survived = 0;
            int beyond = 0;
            for (Map.Entry<PairHistory.Pair, Formation> entry : formed.entrySet()) {
                int year = entry.getValue().year() + lag;
                PairHistory.Pair pair = entry.getKey();
                if (!years.contains(year)
                        || !alive(nodes.get(pair.first()), year)
                        || !alive(nodes.get(pair.second()), year)) {
                    continue;
                }
                eligible++;
                survived += history.tiedIn(pair, year, null) ? 1 : 0;
                beyond += history.tiedIn(pair, year, entry.getValue().project()) ? 1 : 0;
            }
            Double share = eligible == 0 ? null : survived / (double) eligible;
            figures.add(Figure.of("eligiblePairsLag" + lag, eligible));
            figures.add(Figure.of("survivalShareLag" + lag, share));
            figures.add(
                    Figure.of(
                            "survivalBeyondProjectShareLag" + lag,
                            eligible == 0 ? null : beyond / (double) eligible));
            if (eligible >= MIN_PAIRS && !anyBelow) {
                anyBelow = share < THRESHOLD;
                reportedShare = share;
                reportedLag = lag;
                reportedEligible = eligible;
            }
        }
        Verdict verdict =
                reportedShare == null
                        ? Verdict.INCONCLUSIVE
                        : anyBelow ? Verdict.NOT_SUPPORTED : Verdict.SUPPORTED;
        return new HypothesisAnswer(
                ID,
                verdict,
                RULE,
                figures,
                METHOD,
                sentence(verdict, reportedShare, reportedLag, reportedEligible, true),
                sentence(verdict, reportedShare, reportedLag, reportedEligible, false));
    }

    private static Map<PairHistory.Pair, Formation> formations(
            PairHistory history, Map<String, TemporalNode> nodes, String poleId, YearRange years) {
        Map<PairHistory.Pair, Formation> formed = new LinkedHashMap<>();
        history.spans()
                .forEach(
                        (pair, spans) -> {
                            if (poleId != null && pair.involves(poleId)) {
                                return;
                            }
                            for (PairHistory.Span span : spans) {
                                Integer year = formationYear(span, nodes.get(span.source()));
                                Formation known = formed.get(pair);
                                if (year != null
                                        && years.contains(year)
                                        && (known == null || year < known.year())) {
                                    formed.put(pair, new Formation(year, span.source()));
                                }
                            }
                        });
        return formed;
    }

    /** The first emergence year of the span's project in which the span is active, or null. */
    private static Integer formationYear(PairHistory.Span span, TemporalNode project) {
        if (project == null
                || project.mode() != NodeMode.PROJECT
                || project.interval().from() == null) {
            return null;
        }
        int start = project.interval().from().getYear();
        Interval when = span.interval();
        for (int year = start; year < start + EMERGENCE_YEARS; year++) {
            if (when.activeIn(year)) {
                return year;
            }
        }
        return null;
    }

    private static boolean alive(TemporalNode actor, int year) {
        return actor != null && actor.interval().activeIn(year);
    }

    private static String sentence(
            Verdict verdict, Double share, int lag, int eligible, boolean french) {
        if (share == null) {
            return french
                    ? "Trop peu de liens noués pendant l'émergence des projets peuvent être suivis"
                            + " dans le temps (il en faut au moins "
                            + MIN_PAIRS
                            + ") : on ne peut"
                            + " conclure."
                    : "Too few ties formed during projects' emergence can be followed over time"
                            + " (at least "
                            + MIN_PAIRS
                            + " are needed): no conclusion can be"
                            + " drawn.";
        }
        String percent = Wording.percent(share, french);
        if (french) {
            return lag
                    + " an"
                    + (lag > 1 ? "s" : "")
                    + " après, "
                    + percent
                    + " des liens noués pendant l'émergence des projets existent encore (sur "
                    + eligible
                    + " paires suivies) : "
                    + (verdict == Verdict.SUPPORTED
                            ? "la coopération dure au-delà de l'émergence."
                            : "la coopération s'estompe après l'émergence.");
        }
        return lag
                + " year"
                + (lag > 1 ? "s" : "")
                + " on, "
                + percent
                + " of the ties formed during projects' emergence still exist (of "
                + eligible
                + " pairs followed): "
                + (verdict == Verdict.SUPPORTED
                        ? "cooperation outlasts emergence."
                        : "cooperation fades after emergence.");
    }
}
