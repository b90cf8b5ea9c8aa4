package coop.maillage.hypothesis;

import coop.maillage.metrics.GraphMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * H1, cooperation densifies: the trends of density, mean degree, share of the largest component and
 * average clustering over the years (Mann–Kendall test, Theil–Sen slope; see {@link Trend}).
 */
final class Densification {

    static final String ID = "H1";

    /** Years needed before a lack of significant trend counts against the hypothesis. */
    static final int YEARS_TO_REJECT = 6;

    static final String RULE =
            "Supported when density and mean degree both rise with a significant Mann–Kendall"
                    + " trend (p < 0.05). Not supported when density or mean degree falls"
                    + " significantly, or when none of the four series (density, mean degree,"
                    + " largest-component share, average clustering) has a significant trend"
                    + " over at least 6 years. Inconclusive with fewer than 4 years or mixed"
                    + " results.";

    static final String METHOD =
            "One snapshot per year; Mann–Kendall trend test (tie-corrected variance,"
                    + " continuity-corrected normal p-value, two-sided) and Theil–Sen slope per"
                    + " year on each series; years where a series is undefined are left out.";

    private Densification() {}

    static HypothesisAnswer answer(List<Timeline.Row> rows) {
        Trend density = trend(rows, "density", GraphMetrics::density);
        Trend degree = trend(rows, "meanDegree", GraphMetrics::meanDegree);
        Trend largest = trend(rows, "largestComponentShare", GraphMetrics::largestComponentShare);
        Trend clustering = trend(rows, "averageClustering", GraphMetrics::averageClustering);
        List<Trend> all = List.of(density, degree, largest, clustering);
        List<Figure> figures = new ArrayList<>();
        all.forEach(trend -> figures.addAll(trend.figures()));

        Verdict verdict;
        String conclusionFr;
        String conclusionEn;
        if (density.tooFew() || degree.tooFew()) {
            verdict = Verdict.INCONCLUSIVE;
            conclusionFr = "trop peu d'années pour conclure (il en faut au moins 4)";
            conclusionEn = "too few years to conclude (at least 4 are needed)";
        } else if (density.falls() || degree.falls()) {
            verdict = Verdict.NOT_SUPPORTED;
            conclusionFr = "la coopération ne se densifie pas";
            conclusionEn = "cooperation is not densifying";
        } else if (density.rises() && degree.rises()) {
            verdict = Verdict.SUPPORTED;
            conclusionFr = "la coopération se densifie";
            conclusionEn = "cooperation is densifying";
        } else if (all.stream().allMatch(t -> t.flat() || t.tooFew())
                && density.years().size() >= YEARS_TO_REJECT) {
            verdict = Verdict.NOT_SUPPORTED;
            conclusionFr = "aucune densification n'apparaît";
            conclusionEn = "no densification shows";
        } else if (density.flat() && degree.flat()) {
            // no measure moves, but too few years to reject; or only the other two move
            verdict = Verdict.INCONCLUSIVE;
            List<String> fr = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (!largest.flat() && !largest.tooFew()) {
                fr.add(largest.phraseFr("la part de la plus grande composante"));
                en.add(largest.phraseEn("the largest component's share"));
            }
            if (!clustering.flat() && !clustering.tooFew()) {
                fr.add(clustering.phraseFr("le coefficient de regroupement moyen"));
                en.add(clustering.phraseEn("average clustering"));
            }
            if (fr.isEmpty()) {
                conclusionFr =
                        "il faut au moins " + YEARS_TO_REJECT + " ans pour conclure à l'absence";
                conclusionEn = "at least " + YEARS_TO_REJECT + " years are needed to rule it out";
            } else {
                conclusionFr =
                        "en revanche " + String.join(" et ", fr) + " ; on ne peut pas conclure";
                conclusionEn =
                        "on the other hand "
                                + String.join(" and ", en)
                                + "; no conclusion can be drawn";
            }
        } else {
            verdict = Verdict.INCONCLUSIVE;
            conclusionFr = "les indicateurs divergent, on ne peut pas conclure";
            conclusionEn = "the measures disagree, so no conclusion can be drawn";
        }
        String fr =
                Wording.capitalised(density.phraseFr("la densité du réseau"))
                        + " et "
                        + degree.phraseFr("le degré moyen")
                        + " : "
                        + conclusionFr
                        + ".";
        String en =
                Wording.capitalised(density.phraseEn("network density"))
                        + " and "
                        + degree.phraseEn("mean degree")
                        + ": "
                        + conclusionEn
                        + ".";
        return new HypothesisAnswer(ID, verdict, RULE, figures, METHOD, fr, en);
    }

    static Trend trend(
            List<Timeline.Row> rows, String metric, Function<GraphMetrics, Number> value) {
        List<Integer> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Timeline.Row row : rows) {
            years.add(row.year());
            Number number = row.graph().nodes() < 2 ? null : value.apply(row.graph());
            values.add(number == null ? null : number.doubleValue());
        }
        return Trend.of(metric, years, values);
    }
}
