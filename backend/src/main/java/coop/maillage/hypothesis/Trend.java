package coop.maillage.hypothesis;

import java.util.ArrayList;
import java.util.List;

/**
 * The trend of one yearly series: Mann–Kendall test and Theil–Sen slope over the years where the
 * series is defined, with the figures and phrases the answers use.
 *
 * @param metric camelCase name of the series (e.g. {@code density})
 * @param years the years with a value, increasing
 * @param values the values of those years
 * @param test the Mann–Kendall test
 * @param fit the Theil–Sen line against the year
 */
record Trend(
        String metric,
        List<Integer> years,
        List<Double> values,
        MannKendall.Result test,
        TheilSen.Result fit) {

    /** The trend of a series given year by year; null values (undefined years) are left out. */
    static Trend of(String metric, List<Integer> years, List<Double> values) {
        List<Integer> keptYears = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            if (values.get(i) != null) {
                keptYears.add(years.get(i));
                kept.add(values.get(i));
            }
        }
        double[] y = kept.stream().mapToDouble(Double::doubleValue).toArray();
        double[] x = keptYears.stream().mapToDouble(Integer::doubleValue).toArray();
        return new Trend(
                metric,
                List.copyOf(keptYears),
                List.copyOf(kept),
                MannKendall.test(y),
                TheilSen.fit(x, y));
    }

    /** Fewer years than the test needs; a constant series over enough years is not "too few". */
    boolean tooFew() {
        return years.size() < MannKendall.MIN_POINTS;
    }

    /** Enough years, all with the same value: no trend, though the test cannot run. */
    boolean constant() {
        return !tooFew() && test.tooFew();
    }

    boolean rises() {
        return test.risesSignificantly(Wording.ALPHA);
    }

    boolean falls() {
        return test.fallsSignificantly(Wording.ALPHA);
    }

    /** Whether there are enough years and no significant trend (a constant series included). */
    boolean flat() {
        return !tooFew() && !rises() && !falls();
    }

    /** The yearly values, then the test and the slope. */
    List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            figures.add(Figure.ofYear(metric, years.get(i), values.get(i)));
        }
        figures.add(Figure.of(metric + "Years", years.size()));
        figures.add(Figure.of(metric + "MannKendallS", (double) test.s()));
        figures.add(Figure.of(metric + "MannKendallZ", test.z()));
        figures.add(Figure.of(metric + "MannKendallP", test.pValue()));
        figures.add(Figure.of(metric + "SlopePerYear", fit.slope()));
        figures.add(Figure.of(metric + "Intercept", fit.intercept()));
        return figures;
    }

    /** "la densité augmente de 0,012 par an (tendance significative, p = 0,003)" and the like. */
    String phraseFr(String label) {
        if (tooFew()) {
            return label + " n'a pas assez d'années pour un test (" + years.size() + ")";
        }
        if (constant()) {
            return label + " ne varie pas (" + Wording.number(values.get(0), true) + ")";
        }
        String p = Wording.p(test.pValue(), true);
        if (flat()) {
            return label + " ne montre pas de tendance significative (" + p + ")";
        }
        String change = Wording.number(Math.abs(fit.slope()), true);
        return label
                + (rises() ? " augmente de " : " baisse de ")
                + change
                + " par an (tendance significative, "
                + p
                + ")";
    }

    /** "density rises by 0.012 a year (significant trend, p = 0.003)" and the like. */
    String phraseEn(String label) {
        if (tooFew()) {
            return label + " has too few years for a test (" + years.size() + ")";
        }
        if (constant()) {
            return label + " does not change (" + Wording.number(values.get(0), false) + ")";
        }
        String p = Wording.p(test.pValue(), false);
        if (flat()) {
            return label + " shows no significant trend (" + p + ")";
        }
        String change = Wording.number(Math.abs(fit.slope()), false);
        return label
                + (rises() ? " rises by " : " falls by ")
                + change
                + " a year (significant trend, "
                + p
                + ")";
    }
}
