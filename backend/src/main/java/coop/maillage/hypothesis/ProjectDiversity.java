package coop.maillage.hypothesis;

import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import coop.maillage.network.YearRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Projects: does the diversity of a project's collective go with its score and its survival?
 *
 * <p>Collective of a project = the actors with a participation in it, the pole left out (it
 * facilitates most projects, so it would add its sector to all of them); diversity = the Blau index
 * and the number of distinct values of their group attribute (sector by default). Score = the
 * project's {@code scoreTotal} attribute. Survival = 1 for status ACTIVE, 0 for STOPPED or for an
 * end date within the range, unknown otherwise (ideas and emerging projects have not yet had the
 * chance to last). Projects active at some point of the range count. Each association is a Spearman
 * rank correlation ({@link SpearmanCorrelation}) with its p-value.
 */
final class ProjectDiversity {

    static final String ID = "PROJECTS";

    /** The fewest projects for a correlation to count. */
    static final int MIN_PROJECTS = 8;

    static final String SCORE = "scoreTotal";
    static final String STATUS = "status";

    static final String RULE =
            "A correlation counts when at least 8 projects have both figures. Supported when the"
                + " Blau index of the collective correlates positively (Spearman, p < 0.05) with"
                + " the score or with survival, and neither correlation is significantly negative."
                + " Not supported when one is significantly negative, or neither is significant."
                + " Inconclusive when no correlation counts (too few projects, or every collective"
                + " equally diverse).";

    static final String METHOD =
            "Blau index 1 − Σ pᵢ² and number of distinct groups of the participants (pole left"
                + " out); Spearman rank correlation with average ranks for ties, p-value from the t"
                + " approximation with n − 2 degrees of freedom, against scoreTotal and against"
                + " survival (ACTIVE = 1; STOPPED or ended = 0); projects without a numeric score"
                + " or a known survival are left out of that correlation.";

    private ProjectDiversity() {}

    /** One project's figures; score and survival may be unknown. */
    private record Collective(
            String id, double blau, int distinct, Double score, Double survived) {}

    static HypothesisAnswer answer(
            TemporalNetwork network, String poleId, String groupBy, YearRange years) {
        List<Collective> collectives = collectives(network, poleId, groupBy, years);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("projects", collectives.size()));
        SpearmanCorrelation.Result score =
                correlate(collectives, Collective::score, true, "score", figures);
        SpearmanCorrelation.Result survival =
                correlate(collectives, Collective::survived, true, "survival", figures);
        correlate(collectives, Collective::score, false, "score", figures);
        correlate(collectives, Collective::survived, false, "survival", figures);
        boolean scoreCounts = counts(score);
        boolean survivalCounts = counts(survival);
        Verdict verdict;
        if (!scoreCounts && !survivalCounts) {
            verdict = Verdict.INCONCLUSIVE;
        } else if ((scoreCounts && score.negative(Wording.ALPHA))
                || (survivalCounts && survival.negative(Wording.ALPHA))) {
            verdict = Verdict.NOT_SUPPORTED;
        } else if ((scoreCounts && score.positive(Wording.ALPHA))
                || (survivalCounts && survival.positive(Wording.ALPHA))) {
            verdict = Verdict.SUPPORTED;
        } else {
            verdict = Verdict.NOT_SUPPORTED;
        }
        return new HypothesisAnswer(
                ID,
                verdict,
                RULE,
                figures,
                METHOD,
                ProjectSentences.french(verdict, score, survival, scoreCounts, survivalCounts),
                ProjectSentences.english(verdict, score, survival, scoreCounts, survivalCounts));
    }

    static boolean counts(SpearmanCorrelation.Result result) {
        return result.n() >= MIN_PROJECTS && result.rho() != null;
    }

    private static SpearmanCorrelation.Result correlate(
            List<Collective> collectives,
            Function<Collective, Double> outcome,
            boolean blau,
            String name,
            List<Figure> figures) {
        List<double[]> pairs = new ArrayList<>();
        for (Collective collective : collectives) {
            Double y = outcome.apply(collective);
            if (y != null) {
                pairs.add(new double[] {blau ? collective.blau() : collective.distinct(), y});
            }
        }
        double[] x = pairs.stream().mapToDouble(pair -> pair[0]).toArray();
        double[] y = pairs.stream().mapToDouble(pair -> pair[1]).toArray();
        SpearmanCorrelation.Result result = SpearmanCorrelation.of(x, y);
        String prefix = (blau ? "blau" : "distinctGroups") + "Vs" + Wording.capitalised(name);
        figures.add(Figure.of(prefix + "Projects", result.n()));
        figures.add(Figure.of(prefix + "Rho", result.rho()));
        figures.add(Figure.of(prefix + "P", result.pValue()));
        return result;
    }

    private static List<Collective> collectives(
            TemporalNetwork network, String poleId, String groupBy, YearRange years) {
        Map<String, TemporalNode> nodes = new HashMap<>();
        network.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<String, Map<String, String>> members = new LinkedHashMap<>();
        for (TemporalTie tie : network.ties()) {
            if (tie.layer() != Layer.PROJECTS) {
                continue;
            }
            TemporalNode a = nodes.get(tie.source());
            TemporalNode b = nodes.get(tie.target());
            TemporalNode project = a != null && a.mode() == NodeMode.PROJECT ? a : b;
            TemporalNode actor = project == a ? b : a;
            if (project == null
                    || project.mode() != NodeMode.PROJECT
                    || actor == null
                    || actor.mode() != NodeMode.ACTOR
                    || actor.id().equals(poleId)) {
                continue;
            }
            members.computeIfAbsent(project.id(), id -> new LinkedHashMap<>())
                    .put(actor.id(), actor.attribute(groupBy));
        }
        List<Collective> collectives = new ArrayList<>();
        for (TemporalNode project : network.nodes()) {
            Map<String, String> groups = members.get(project.id());
            Double blau = groups == null ? null : BlauIndex.of(groups.values());
            if (project.mode() != NodeMode.PROJECT
                    || blau == null
                    || !CrossSectorBirths.overlaps(project, years)) {
                continue;
            }
            collectives.add(
                    new Collective(
                            project.id(),
                            blau,
                            BlauIndex.distinct(groups.values()),
                            number(project.attribute(SCORE)),
                            survived(project, years)));
        }
        return collectives;
    }

    private static Double survived(TemporalNode project, YearRange years) {
        String status = project.attribute(STATUS);
        if ("STOPPED".equalsIgnoreCase(status)) {
            return 0.0;
        }
        if ("ACTIVE".equalsIgnoreCase(status)) {
            return 1.0;
        }
        boolean ended =
                project.interval().to() != null
                        && project.interval().to().getYear() <= years.last();
        return ended ? 0.0 : null;
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
