package coop.maillage.hypothesis;

import coop.maillage.metrics.GraphMetrics;
import coop.maillage.metrics.NodeMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * H3, the pole is a relational entrepreneur, not a permanent hub: its share of the network's
 * brokerage falls as the network matures, the network holds better and better without it, and the
 * ties across sectors are born in the projects it facilitates.
 *
 * <p>Brokerage share of year Y = the pole's betweenness / the sum of every actor's betweenness in
 * the snapshot of Y (a normalisation common to all nodes cancels out; undefined when no one
 * brokers). Dependence of year Y = largest-component share with the pole − without it (the gap
 * narrows as the network depends on it less). Both series get a Mann–Kendall test and a Theil–Sen
 * slope; the cross-sector births come from {@link CrossSectorBirths}.
 */
final class PoleRole {

    static final String ID = "H3";

    static final String RULE =
            "Supported when the pole's share of brokerage falls with a significant Mann–Kendall"
                    + " trend (p < 0.05) and the gap in largest-component share with and without"
                    + " the pole does not widen significantly. Not supported when the share or the"
                    + " gap rises significantly, or when the share has no significant trend over at"
                    + " least 6 years. Inconclusive without a pole, with fewer than 4 years where"
                    + " the pole brokers, or mixed results. The share of cross-sector ties born in"
                    + " projects the pole facilitated is reported beside the share of projects it"
                    + " facilitated, not part of the rule.";

    static final String METHOD =
            "Pole = the network's pole id (or the actor of kind POLE). Brokerage share = its"
                + " betweenness over the sum of all betweenness, per yearly snapshot; dependence ="
                + " largest-component share with minus without the pole; Mann–Kendall and Theil–Sen"
                + " on each; cross-sector ties = pairs of actors of different groups first tied"
                + " within the range, born in a facilitated project when a project whose"
                + " facilitators include the pole ties them in their first year.";

    private PoleRole() {}

    static HypothesisAnswer answer(
            String poleId,
            List<Timeline.Year> withPole,
            List<Timeline.Row> withoutPole,
            CrossSectorBirths births) {
        if (poleId == null) {
            String fr = "Le réseau n'a pas de pôle identifié : la question ne se pose pas.";
            String en = "The network has no identified pole: the question does not arise.";
            return new HypothesisAnswer(ID, Verdict.INCONCLUSIVE, RULE, List.of(), METHOD, fr, en);
        }
        List<Integer> years = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < withPole.size(); i++) {
            Timeline.Year year = withPole.get(i);
            boolean present = year.snapshot().graph().containsVertex(poleId);
            GraphMetrics with = year.result().graph();
            GraphMetrics without = withoutPole.get(i).graph();
            years.add(year.year());
            shares.add(present ? brokerageShare(year, poleId) : null);
            gaps.add(present ? gap(with, without) : null);
            if (present) {
                figures.add(
                        Figure.ofYear(
                                "componentsWithPole", year.year(), (double) with.components()));
                figures.add(
                        Figure.ofYear(
                                "componentsWithoutPole",
                                year.year(),
                                (double) without.components()));
            }
        }
        Trend share = Trend.of("poleBrokerageShare", years, shares);
        Trend dependence = Trend.of("largestComponentGap", years, gaps);
        figures.addAll(share.figures());
        figures.addAll(dependence.figures());
        figures.add(Figure.of("newCrossGroupPairs", births.newCrossGroupPairs()));
        figures.add(Figure.of("crossGroupPairsBornInProjects", births.bornInProjects()));
        figures.add(
                Figure.of(
                        "crossGroupPairsBornInFacilitatedProjects",
                        births.bornInFacilitatedProjects()));
        figures.add(Figure.of("facilitatedShareOfNewCrossGroupPairs", births.facilitatedShare()));
        figures.add(Figure.of("facilitatedShareOfProjects", births.facilitatedProjectShare()));
        figures.add(Figure.of("facilitatorsRecorded", births.recorded() ? 1.0 : 0.0));

        Verdict verdict = verdict(share, dependence);
        String fr =
                Wording.capitalised(share.phraseFr("la part du pôle dans l'intermédiation"))
                        + " ; "
                        + dependence.phraseFr("l'écart de cohésion du réseau avec et sans le pôle")
                        + " : "
                        + conclusion(verdict, share, true)
                        + "."
                        + birthsSentence(births, true);
        String en =
                Wording.capitalised(share.phraseEn("the pole's share of brokerage"))
                        + "; "
                        + dependence.phraseEn("the gap in cohesion with and without the pole")
                        + ": "
                        + conclusion(verdict, share, false)
                        + "."
                        + birthsSentence(births, false);
        return new HypothesisAnswer(ID, verdict, RULE, figures, METHOD, fr, en);
    }

    private static Verdict verdict(Trend share, Trend dependence) {
        if (share.tooFew()) {
            return Verdict.INCONCLUSIVE;
        }
        if (share.rises() || dependence.rises()) {
            return Verdict.NOT_SUPPORTED;
        }
        if (share.falls()) {
            return Verdict.SUPPORTED;
        }
        return share.years().size() >= Densification.YEARS_TO_REJECT
                ? Verdict.NOT_SUPPORTED
                : Verdict.INCONCLUSIVE;
    }

    private static String conclusion(Verdict verdict, Trend share, boolean french) {
        return switch (verdict) {
            case SUPPORTED ->
                    french
                            ? "le pôle passe la main, le réseau dépend moins de lui"
                            : "the pole is handing over; the network depends on it less";
            case NOT_SUPPORTED ->
                    french
                            ? "le pôle reste un passage obligé"
                            : "the pole remains a necessary go-between";
            case INCONCLUSIVE ->
                    share.tooFew()
                            ? (french
                                    ? "trop peu d'années où le pôle joue les intermédiaires pour"
                                            + " conclure"
                                    : "too few years in which the pole brokers to conclude")
                            : (french ? "on ne peut conclure" : "no conclusion can be drawn");
        };
    }

    private static String birthsSentence(CrossSectorBirths births, boolean french) {
        if (!births.recorded()) {
            return french
                    ? " Les animateurs des projets ne sont pas renseignés : la part des liens nés"
                            + " dans les projets animés par le pôle est inconnue."
                    : " Project facilitators are not recorded: the share of ties born in projects"
                            + " the pole facilitated is unknown.";
        }
        if (births.facilitatedShare() == null || births.facilitatedProjectShare() == null) {
            return "";
        }
        String ties = Wording.percent(births.facilitatedShare(), french);
        String projects = Wording.percent(births.facilitatedProjectShare(), french);
        return french
                ? " "
                        + ties
                        + " des "
                        + births.newCrossGroupPairs()
                        + " nouveaux liens entre secteurs sont nés dans des projets animés par le"
                        + " pôle, qui anime "
                        + projects
                        + " des projets."
                : " "
                        + ties
                        + " of the "
                        + births.newCrossGroupPairs()
                        + " new ties between sectors were born in projects the pole facilitated;"
                        + " it facilitates "
                        + projects
                        + " of the projects.";
    }

    private static Double brokerageShare(Timeline.Year year, String poleId) {
        double total = 0;
        double pole = 0;
        for (NodeMetrics node : year.result().nodes()) {
            total += node.betweenness();
            pole += node.id().equals(poleId) ? node.betweenness() : 0;
        }
        return total > 0 ? pole / total : null;
    }

    private static Double gap(GraphMetrics with, GraphMetrics without) {
        if (with.largestComponentShare() == null || without.largestComponentShare() == null) {
            return null;
        }
        return with.largestComponentShare() - without.largestComponentShare();
    }
}
