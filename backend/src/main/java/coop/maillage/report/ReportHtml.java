package coop.maillage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link ImpactReport} as one self-contained XHTML document (its stylesheet inline, its
 * figures inline SVG, no script): the title page, then one section per page — key figures, the
 * cooperation map, the trends, the block table, the hypotheses, the bridging actors, the indicators
 * — and the appendix. The same document is shown by browsers and laid out to PDF; its print
 * stylesheet sets A4 pages, a running footer with the page number and a page break before each
 * section. Deterministic: nothing in it depends on the clock or the machine.
 */
final class ReportHtml {

    /** The print and screen stylesheet, a resource of this package. */
    static final String CSS = resource("report/report.css");

    private ReportHtml() {}

    /** The report in {@code language}, as XHTML. */
    static String write(ImpactReport report, Language language) {
        Xhtml x = new Xhtml();
        String title = title(report, language);
        x.raw("<!DOCTYPE html>\n");
        x.open(
                "html",
                "xmlns",
                "http://www.w3.org/1999/xhtml",
                "lang",
                language.code(),
                "xml:lang",
                language.code());
        x.open("head");
        x.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        x.element("title", title);
        x.open("style", "type", "text/css").raw(CSS).close();
        x.close();
        x.open("body");
        x.element("div", title, "class", "running-footer");
        cover(x, report, language, title);
        KeyFigureSection.write(x, report, language);
        NetworkSections.write(x, report, language);
        FindingSections.hypotheses(x, report, language);
        BridgeSection.write(x, report, language);
        FindingSections.indicators(x, report, language);
        AppendixSection.write(x, report, language);
        x.close();
        x.close();
        return x.finish();
    }

    /** "Rapport d’impact 2024 — Clus'Ter Jura". */
    static String title(ImpactReport report, Language language) {
        String title = Text.TITLE.format(language, report.year());
        return report.poleName() == null ? title : title + " — " + report.poleName();
    }

    private static void cover(Xhtml x, ImpactReport report, Language language, String title) {
        x.open("section", "class", "cover");
        x.element("p", Text.COVER_KICKER.in(language), "class", "kicker");
        x.element("h1", Text.TITLE.format(language, report.year()));
        if (report.poleName() != null) {
            x.element("p", report.poleName(), "class", "pole");
        }
        x.element("p", Text.COVER_SUBTITLE.format(language, report.year()), "class", "subtitle");
        if (report.demonstration()) {
            x.element("p", Text.DEMONSTRATION.in(language), "class", "notice");
        }
        x.element("h2", Text.CONTENTS.in(language), "class", "contents-title");
        x.open("ol", "class", "contents");
        for (Text section : SECTIONS) {
            x.element("li", section.format(language, report.year()));
        }
        x.close();
        x.element("p", Text.COVER_REPRODUCIBLE.in(language), "class", "small");
        x.close();
    }

    /** The section titles, in order, for the table of contents. */
    static final List<Text> SECTIONS =
            List.of(
                    Text.KEY_FIGURES,
                    Text.MAP_TITLE,
                    Text.TRENDS_TITLE,
                    Text.BLOCKS_TITLE,
                    Text.HYPOTHESES_TITLE,
                    Text.BRIDGES_TITLE,
                    Text.INDICATORS_TITLE,
                    Text.APPENDIX_DEFINITIONS,
                    Text.APPENDIX_PROVENANCE);

    /** Opens a section on a new page, with its numbered title. */
    static void section(Xhtml x, String id, Text title, ImpactReport report, Language language) {
        x.open("section", "id", id, "class", "section");
        int number = SECTIONS.indexOf(title) + 1;
        x.element("h2", number + ". " + title.format(language, report.year()));
    }

    /** A table header row. */
    static void headerRow(Xhtml x, String... cells) {
        x.open("thead").open("tr");
        for (String cell : cells) {
            x.element("th", cell);
        }
        x.close().close();
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
