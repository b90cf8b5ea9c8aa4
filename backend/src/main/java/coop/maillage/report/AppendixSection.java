package coop.maillage.report;

import coop.maillage.metrics.Metric;
import java.util.List;

/**
 * The appendix: the definitions of the measures the report uses, then what its figures rest on
 * (documented facts and illustrative records) and how they were computed.
 */
final class AppendixSection {

    /** The measures the report shows, in the order they appear. */
    static final List<Metric> DEFINED =
            List.of(
                    Metric.DENSITY,
                    Metric.MEAN_DEGREE,
                    Metric.LARGEST_COMPONENT_SHARE,
                    Metric.AVERAGE_CLUSTERING,
                    Metric.EI_INDEX,
                    Metric.ASSORTATIVITY,
                    Metric.BLOCK_DENSITY,
                    Metric.BETWEENNESS,
                    Metric.CONSTRAINT,
                    Metric.BROKERAGE);

    private AppendixSection() {}

    static void write(Xhtml x, ImpactReport report, Language language) {
        definitions(x, report, language);
        provenance(x, report, language);
    }

    private static void definitions(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "definitions", Text.APPENDIX_DEFINITIONS, report, language);
        x.element("p", Text.DEFINITIONS_INTRO.in(language));
        x.open("dl", "class", "definitions");
        for (Metric metric : DEFINED) {
            x.element("dt", language.french() ? metric.labelFr() : metric.labelEn());
            x.open("dd");
            x.element("p", Text.label("DEF_", metric.name(), language));
            x.element(
                    "p",
                    Text.FORMULA.in(language) + Text.colon(language) + metric.formula(),
                    "class",
                    "formula");
            x.element(
                    "p",
                    Text.REFERENCE.in(language) + Text.colon(language) + metric.reference(),
                    "class",
                    "small");
            x.close();
        }
        x.close();
        x.close();
    }

    private static void provenance(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "provenance", Text.APPENDIX_PROVENANCE, report, language);
        Provenance provenance = report.provenance();
        x.element(
                "p",
                report.demonstration()
                        ? Text.DEMONSTRATION.in(language)
                        : Text.OWN_DATA.in(language),
                "class",
                report.demonstration() ? "notice" : null);
        x.element("h3", Text.KEY_COUNTS.in(language));
        x.open("ul", "class", "checks");
        for (Provenance.Check check : provenance.checks()) {
            String what =
                    Text.label("COUNTED_", check.what().name(), language, check.year())
                            + Text.colon(language)
                            + Format.integer(check.computed(), language)
                            + ". ";
            String how =
                    check.figure() == null
                            ? Text.NOT_DOCUMENTED.in(language)
                            : Text.DOCUMENTED_BY.format(
                                    language, check.figure().source(), check.figure().quote());
            x.element("li", what + how);
        }
        x.close();
        x.element("h3", Text.RECORDS_TITLE.format(language, report.year()));
        x.open("table", "class", "data");
        ReportHtml.headerRow(
                x,
                Text.RECORDS.in(language),
                Text.DOCUMENTED.in(language),
                Text.ILLUSTRATIVE.in(language));
        x.open("tbody");
        for (Provenance.RecordCount count : provenance.records()) {
            x.open("tr");
            x.element(
                    "th",
                    Text.label("KIND_", count.kind().name(), language, report.year()),
                    "scope",
                    "row");
            x.element("td", Format.integer(count.documented(), language), "class", "num");
            x.element("td", Format.integer(count.illustrative(), language), "class", "num");
            x.close();
        }
        x.close().close();
        x.element("p", Text.RECORDS_NOTE.in(language), "class", "small");
        figures(x, report, language);
        method(x, report, language);
        x.close();
    }

    private static void figures(Xhtml x, ImpactReport report, Language language) {
        x.element("h3", Text.FIGURES_TITLE.format(language, report.year()));
        if (report.provenance().figures().isEmpty()) {
            x.element("p", Text.NO_FIGURES.format(language, report.year()));
            return;
        }
        x.open("table", "class", "data sources");
        ReportHtml.headerRow(
                x,
                Text.YEAR.in(language),
                Text.FIGURE.in(language),
                Text.VALUE.in(language),
                Text.SOURCE.in(language),
                Text.USED.in(language));
        x.open("tbody");
        for (ReportFacts.Figure figure : report.provenance().figures()) {
            x.open("tr");
            x.element("td", String.valueOf(figure.year()), "class", "num");
            x.element("td", figure.subject() + " · " + figure.metric());
            x.element("td", Format.plain(figure.value(), language), "class", "num");
            x.open("td");
            x.element("span", figure.source(), "class", "source");
            if (figure.quote() != null) {
                x.element("span", "« " + figure.quote() + " »", "class", "quote");
            }
            if (figure.note() != null) {
                x.element("span", figure.note(), "class", "note");
            }
            x.close();
            x.element("td", figure.usedBySeed() ? Text.YES.in(language) : Text.NO.in(language));
            x.close();
        }
        x.close().close();
    }

    private static void method(Xhtml x, ImpactReport report, Language language) {
        ImpactReport.Settings s = report.settings();
        x.element("h3", Text.METHOD_TITLE.in(language));
        x.open("ul", "class", "method");
        x.element(
                "li",
                Text.METHOD_SNAPSHOT.format(
                        language, report.year(), String.join(", ", s.layers())));
        x.element(
                "li",
                Text.METHOD_HYPOTHESES.format(
                        language,
                        report.hypotheses().years().first(),
                        report.hypotheses().years().last(),
                        Format.integer(s.permutations(), language),
                        s.seed(),
                        s.groupBy()));
        x.element("li", Text.METHOD_LAYOUT.format(language, MapLayout.ITERATIONS, MapLayout.SEED));
        x.element("li", Text.METHOD_PRIVACY.in(language));
        x.element("li", Text.METHOD_REPRODUCIBLE.in(language));
        x.close();
    }
}
