package coop.maillage.report;

import coop.maillage.hypothesis.HypothesisAnswer;
import java.util.List;

/** The hypothesis cards and the indicators the pole asked for. */
final class FindingSections {

    /** The key figures of each hypothesis card: figure name and its kind of value. */
    record KeyFigure(String name, Kind kind) {}

    /** How a figure is written. */
    enum Kind {
        SLOPE,
        P_VALUE,
        SHARE,
        COUNT,
        CORRELATION
    }

    static final List<List<KeyFigure>> CARD_FIGURES =
            List.of(
                    List.of(
                            new KeyFigure("densitySlopePerYear", Kind.SLOPE),
                            new KeyFigure("densityMannKendallP", Kind.P_VALUE),
                            new KeyFigure("meanDegreeSlopePerYear", Kind.SLOPE),
                            new KeyFigure("meanDegreeMannKendallP", Kind.P_VALUE)),
                    List.of(
                            new KeyFigure("eiIndexSlopePerYear", Kind.SLOPE),
                            new KeyFigure("eiIndexMannKendallP", Kind.P_VALUE),
                            new KeyFigure("assortativitySlopePerYear", Kind.SLOPE),
                            new KeyFigure("assortativityMannKendallP", Kind.P_VALUE)),
                    List.of(
                            new KeyFigure("poleBrokerageShareSlopePerYear", Kind.SLOPE),
                            new KeyFigure("poleBrokerageShareMannKendallP", Kind.P_VALUE),
                            new KeyFigure("facilitatedShareOfNewCrossGroupPairs", Kind.SHARE),
                            new KeyFigure("facilitatedShareOfProjects", Kind.SHARE)),
                    List.of(
                            new KeyFigure("pairsFormedInEmergence", Kind.COUNT),
                            new KeyFigure("survivalShareLag1", Kind.SHARE),
                            new KeyFigure("survivalShareLag2", Kind.SHARE),
                            new KeyFigure("survivalShareLag3", Kind.SHARE)),
                    List.of(
                            new KeyFigure("projects", Kind.COUNT),
                            new KeyFigure("blauVsScoreRho", Kind.CORRELATION),
                            new KeyFigure("blauVsScoreP", Kind.P_VALUE),
                            new KeyFigure("blauVsSurvivalRho", Kind.CORRELATION)));

    private FindingSections() {}

    static void hypotheses(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "hypotheses", Text.HYPOTHESES_TITLE, report, language);
        x.element(
                "p",
                Text.HYPOTHESES_INTRO.format(
                        language,
                        report.hypotheses().years().first(),
                        report.hypotheses().years().last()));
        List<HypothesisAnswer> answers = report.hypotheses().answers();
        for (int i = 0; i < answers.size(); i++) {
            HypothesisAnswer answer = answers.get(i);
            x.open("div", "class", "card");
            x.open("h3");
            x.text(Text.label("HYP_", answer.id(), language) + " ");
            x.element(
                    "span",
                    Text.label("VERDICT_", answer.verdict().name(), language),
                    "class",
                    "verdict verdict-" + answer.verdict().name());
            x.close();
            x.element("p", Text.label("HYP_TEST_", answer.id(), language), "class", "small");
            x.element(
                    "p",
                    language.french() ? answer.sentenceFr() : answer.sentenceEn(),
                    "class",
                    "sentence");
            List<KeyFigure> figures = i < CARD_FIGURES.size() ? CARD_FIGURES.get(i) : List.of();
            x.open("table", "class", "figures");
            x.open("tbody");
            for (KeyFigure figure : figures) {
                x.open("tr");
                x.element("th", Text.label("FIG_", figure.name(), language), "scope", "row");
                x.element(
                        "td",
                        value(answer.figure(figure.name()), figure.kind(), language),
                        "class",
                        "num");
                x.close();
            }
            x.close().close();
            x.close();
        }
        x.element("p", Text.HYPOTHESES_NOTE.in(language), "class", "small");
        x.close();
    }

    static String value(Double value, Kind kind, Language language) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        return switch (kind) {
            case SLOPE -> (value > 0 ? "+" : "") + Format.significant(value, 2, language);
            case P_VALUE -> Format.p(value, language);
            case SHARE -> Format.percent(value, language);
            case COUNT -> Format.integer(Math.round(value), language);
            case CORRELATION -> Format.decimal(value, 2, language);
        };
    }

    static void indicators(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "indicators", Text.INDICATORS_TITLE, report, language);
        x.element("p", Text.INDICATORS_INTRO.in(language));
        x.open("table", "class", "data indicators");
        ReportHtml.headerRow(
                x,
                Text.INDICATOR.in(language),
                Text.VALUE_IN.format(language, report.year()),
                Text.RULE.in(language),
                Text.BASIS.in(language));
        x.open("tbody");
        for (Indicator indicator : report.indicators()) {
            String kind = indicator.kind().name();
            x.open("tr");
            x.element("th", Text.label("IND_", kind, language), "scope", "row");
            if (indicator.known()) {
                x.element("td", indicatorValue(indicator, language), "class", "num");
            } else {
                x.open("td", "class", "missing");
                x.text(Text.NOT_ENOUGH_DATA.in(language));
                x.element(
                        "span",
                        Text.label("MISSING_", indicator.missing().name(), language),
                        "class",
                        "reason");
                x.close();
            }
            x.element(
                    "td", Text.label("IND_RULE_", kind, language, report.year()), "class", "rule");
            x.open("td", "class", "basis");
            for (Indicator.Count count : indicator.basis()) {
                x.element(
                        "span",
                        Text.label("BASIS_", count.basis().name(), language, report.year())
                                + Text.colon(language)
                                + Format.integer(count.value(), language));
            }
            x.close();
            x.close();
        }
        x.close().close();
        x.element("p", Text.INDICATORS_NOTE.in(language), "class", "small");
        x.close();
    }

    private static String indicatorValue(Indicator indicator, Language language) {
        return switch (indicator.kind()) {
            case PARTNERS_PER_TEAM_MEMBER ->
                    Format.decimal(indicator.value(), 1, language)
                            + " ("
                            + Format.integer(indicator.part(), language)
                            + " / "
                            + Format.integer(indicator.whole(), language)
                            + ")";
            case JOBS_CREATED, REVENUE_PER_JOB, REVENUE_PER_PROJECT ->
                    Format.decimal(indicator.value(), 0, language);
            default ->
                    Text.PART_OF_WHOLE.format(
                            language,
                            Format.integer(indicator.part(), language),
                            Format.integer(indicator.whole(), language),
                            Format.percent(indicator.value(), language));
        };
    }
}
