package coop.maillage.hypothesis;

import coop.maillage.metrics.GroupMetrics;
import coop.maillage.metrics.NullModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * H2, the silos open: the E-I index and the share of cross-group ties rise and the attribute
 * assortativity falls over the years (Mann–Kendall, Theil–Sen), and each year is set against its
 * permutation null model (labels shuffled, graph kept).
 */
final class SiloOpening {

    static final String ID = "H2";

    static final String RULE =
            "Supported when the E-I index rises with a significant Mann–Kendall trend (p < 0.05)"
                    + " and assortativity does not rise significantly. Not supported when the E-I"
                    + " index falls or assortativity rises significantly (and neither points the"
                    + " other way), or when neither has a significant trend over at least 6 years."
                    + " Inconclusive with fewer than 4 years with cross-group figures, or when the"
                    + " two disagree (one opening, the other closing, or assortativity alone"
                    + " falling). The yearly comparisons with the null model are reported, not part"
                    + " of the rule.";

    static final String METHOD =
            "Groups = the actors' attribute named in the query (sector by default); E-I index"
                    + " (E − I)/(E + I) on tie counts (Krackhardt & Stern 1988), cross-group share"
                    + " E/(E + I) (= (E-I + 1)/2, so its trend test is the E-I one), Newman's"
                    + " attribute assortativity; Mann–Kendall and Theil–Sen per year on each"
                    + " series; each year against a label-permutation null model (seeded), counted"
                    + " as above or below chance when its two-sided p < 0.05.";

    private SiloOpening() {}

    static HypothesisAnswer answer(List<Timeline.Row> rows) {
        Trend ei = trend(rows, "eiIndex", GroupMetrics::eiIndex);
        Trend cross = trend(rows, "crossGroupShare", GroupMetrics::crossGroupShare);
        Trend assortativity = trend(rows, "assortativity", GroupMetrics::assortativity);
        List<Figure> figures = new ArrayList<>();
        for (Trend trend : List.of(ei, cross, assortativity)) {
            figures.addAll(trend.figures());
        }
        int[] eiVsChance =
                againstChance(rows, GroupMetrics::eiIndex, GroupMetrics::eiIndexNullModel);
        int[] assortVsChance =
                againstChance(
                        rows, GroupMetrics::assortativity, GroupMetrics::assortativityNullModel);
        figures.add(Figure.of("yearsWithNullModel", eiVsChance[2]));
        figures.add(Figure.of("eiIndexAboveChanceYears", eiVsChance[0]));
        figures.add(Figure.of("eiIndexBelowChanceYears", eiVsChance[1]));
        figures.add(Figure.of("assortativityAboveChanceYears", assortVsChance[0]));
        figures.add(Figure.of("assortativityBelowChanceYears", assortVsChance[1]));
        nullModelFigures(rows, figures);

        Verdict verdict = verdict(ei, assortativity);
        String fr = conclusion(verdict, ei, true);
        String en = conclusion(verdict, ei, false);
        String chanceFr = "";
        String chanceEn = "";
        if (eiVsChance[2] > 0 && eiVsChance[0] + eiVsChance[1] == 0) {
            chanceFr =
                    " Aucune des "
                            + eiVsChance[2]
                            + " années ne s'écarte de ce que le hasard donnerait (p < 0,05) :"
                            + " le mélange suit la composition des groupes.";
            chanceEn =
                    " None of the "
                            + eiVsChance[2]
                            + " years departs from what chance would give (p < 0.05): the mix"
                            + " follows the make-up of the groups.";
        } else if (eiVsChance[2] > 0) {
            chanceFr =
                    " Les liens traversent les groupes plus que le hasard ne le ferait "
                            + Wording.years(eiVsChance[0], true)
                            + " sur "
                            + eiVsChance[2]
                            + ", moins "
                            + Wording.years(eiVsChance[1], true)
                            + ".";
            chanceEn =
                    " Ties cross groups more than chance would in "
                            + eiVsChance[0]
                            + " of "
                            + eiVsChance[2]
                            + " years, less in "
                            + eiVsChance[1]
                            + ".";
        }
        String sentenceFr =
                Wording.capitalised(ei.phraseFr("l'indice E-I (ouverture entre groupes)"))
                        + " et "
                        + assortativity.phraseFr("l'assortativité")
                        + " : "
                        + fr
                        + "."
                        + chanceFr;
        String sentenceEn =
                Wording.capitalised(ei.phraseEn("the E-I index (openness between groups)"))
                        + " and "
                        + assortativity.phraseEn("assortativity")
                        + ": "
                        + en
                        + "."
                        + chanceEn;
        return new HypothesisAnswer(ID, verdict, RULE, figures, METHOD, sentenceFr, sentenceEn);
    }

    private static Verdict verdict(Trend ei, Trend assortativity) {
        boolean opening = ei.rises() || assortativity.falls();
        boolean closing = ei.falls() || assortativity.rises();
        if (ei.tooFew() || (opening && closing)) {
            return Verdict.INCONCLUSIVE;
        }
        if (ei.rises()) {
            return Verdict.SUPPORTED;
        }
        if (closing) {
            return Verdict.NOT_SUPPORTED;
        }
        boolean flat = ei.flat() && (assortativity.flat() || assortativity.tooFew());
        return flat && ei.years().size() >= Densification.YEARS_TO_REJECT
                ? Verdict.NOT_SUPPORTED
                : Verdict.INCONCLUSIVE;
    }

    private static String conclusion(Verdict verdict, Trend ei, boolean french) {
        return switch (verdict) {
            case SUPPORTED -> french ? "les silos s'ouvrent" : "the silos are opening";
            case NOT_SUPPORTED ->
                    ei.flat()
                            ? (french
                                    ? "aucune ouverture des silos n'apparaît"
                                    : "no opening of the silos shows")
                            : (french ? "les silos se referment" : "the silos are closing");
            case INCONCLUSIVE ->
                    ei.tooFew()
                            ? (french
                                    ? "trop peu d'années avec des liens entre groupes pour conclure"
                                    : "too few years with ties between groups to conclude")
                            : (french
                                    ? "les indicateurs divergent, on ne peut pas conclure"
                                    : "the measures disagree, so no conclusion can be drawn");
        };
    }

    private static Trend trend(
            List<Timeline.Row> rows, String metric, Function<GroupMetrics, Double> value) {
        List<Integer> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Timeline.Row row : rows) {
            years.add(row.year());
            values.add(row.groups() == null ? null : value.apply(row.groups()));
        }
        return Trend.of(metric, years, values);
    }

    /** Years above chance, below chance (p &lt; 0.05 each way), and years with a null model. */
    private static int[] againstChance(
            List<Timeline.Row> rows,
            Function<GroupMetrics, Double> observed,
            Function<GroupMetrics, NullModel> nullModel) {
        int[] counts = new int[3];
        for (Timeline.Row row : rows) {
            NullModel model = row.groups() == null ? null : nullModel.apply(row.groups());
            Double value = row.groups() == null ? null : observed.apply(row.groups());
            if (model == null || value == null) {
                continue;
            }
            counts[2]++;
            if (model.pValue() < Wording.ALPHA) {
                counts[value > model.expected() ? 0 : 1]++;
            }
        }
        return counts;
    }

    /** The null model's expectation and p-value of the E-I index, year by year. */
    private static void nullModelFigures(List<Timeline.Row> rows, List<Figure> figures) {
        for (Timeline.Row row : rows) {
            NullModel model = row.groups() == null ? null : row.groups().eiIndexNullModel();
            if (model != null) {
                figures.add(Figure.ofYear("eiIndexNullExpected", row.year(), model.expected()));
                figures.add(Figure.ofYear("eiIndexNullZ", row.year(), model.zScore()));
                figures.add(Figure.ofYear("eiIndexNullP", row.year(), model.pValue()));
            }
        }
    }
}
