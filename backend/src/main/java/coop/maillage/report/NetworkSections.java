package coop.maillage.report;

import coop.maillage.hypothesis.Figure;
import coop.maillage.hypothesis.HypothesisAnswer;
import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.BlockDensityTable;
import coop.maillage.metrics.GraphMetrics;
import coop.maillage.metrics.NullModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/** The sections about the network: the map, the trends, the block table. */
final class NetworkSections {

    /** Shades of the block table, from no tie to the densest block. */
    static final int SHADES = 5;

    private NetworkSections() {}

    static void write(Xhtml x, ImpactReport report, Language language) {
        map(x, report, language);
        trends(x, report, language);
        blocks(x, report, language);
    }

    private static void map(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "map", Text.MAP_TITLE, report, language);
        GraphMetrics g = report.graph();
        MapChart.map(x, report.map(), Text.MAP_TITLE.format(language, report.year()));
        x.open("p", "class", "legend");
        for (String sector : new TreeSet<>(Charts.SECTOR_COLOURS.keySet())) {
            x.element("span", "", "class", "swatch s-" + sector);
            x.element("span", Text.label("SECTOR_", sector, language), "class", "legend-label");
        }
        x.element("span", "", "class", "swatch s-other");
        x.element("span", Text.SECTOR_OTHER.in(language), "class", "legend-label");
        x.close();
        x.element(
                "p",
                Text.MAP_CAPTION.format(
                        language,
                        Format.integer(report.map().nodes().size(), language),
                        Format.integer(g.edges(), language),
                        Format.decimal(g.density(), 3, language),
                        Format.decimal(g.meanDegree(), 2, language),
                        Format.integer(report.map().isolated(), language)),
                "class",
                "caption");
        StringBuilder key = new StringBuilder(Text.MAP_KEY.in(language));
        List<BridgingActor> bridges = report.bridges();
        for (int i = 0; i < Math.min(ReportBuilder.MAP_LABELS, bridges.size()); i++) {
            key.append(i == 0 ? "" : " · ")
                    .append(i + 1)
                    .append(' ')
                    .append(bridges.get(i).label());
        }
        x.element("p", key.toString(), "class", "caption");
        x.element("p", Text.MAP_HOW.in(language), "class", "small");
        x.close();
    }

    private static void trends(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "trends", Text.TRENDS_TITLE, report, language);
        List<Timeline.Row> rows = report.hypotheses().timeline();
        x.element(
                "p",
                Text.TRENDS_INTRO.format(
                        language, report.hypotheses().years().first(), report.year()));
        x.open("div", "class", "charts");
        chart(x, Text.CHART_DENSITY, rows, r -> r.graph().density(), language, 3);
        chart(x, Text.CHART_MEAN_DEGREE, rows, r -> r.graph().meanDegree(), language, 2);
        chart(
                x,
                Text.CHART_LARGEST_COMPONENT,
                rows,
                r -> r.graph().largestComponentShare(),
                language,
                2);
        chart(x, Text.CHART_CLUSTERING, rows, r -> r.graph().averageClustering(), language, 2);
        List<Charts.Point> ei = new ArrayList<>();
        for (Timeline.Row row : rows) {
            Double value = row.groups() == null ? null : row.groups().eiIndex();
            NullModel chance = row.groups() == null ? null : row.groups().eiIndexNullModel();
            ei.add(
                    chance == null
                            ? new Charts.Point(row.year(), value, null, null)
                            : new Charts.Point(
                                    row.year(),
                                    value,
                                    chance.expected() - 2 * chance.standardDeviation(),
                                    chance.expected() + 2 * chance.standardDeviation()));
        }
        Charts.line(x, Text.CHART_EI.in(language), ei, language, 2);
        HypothesisAnswer h3 = report.hypotheses().answer("H3");
        List<Charts.Point> brokerage = new ArrayList<>();
        for (Timeline.Row row : rows) {
            brokerage.add(
                    new Charts.Point(
                            row.year(),
                            h3 == null ? null : yearFigure(h3, "poleBrokerageShare", row.year()),
                            null,
                            null));
        }
        Charts.line(x, Text.CHART_POLE_BROKERAGE.in(language), brokerage, language, 2);
        x.close();
        x.element("p", Text.TRENDS_NOTE.in(language), "class", "small");
        x.close();
    }

    private static void chart(
            Xhtml x,
            Text title,
            List<Timeline.Row> rows,
            Function<Timeline.Row, Double> metric,
            Language language,
            int decimals) {
        List<Charts.Point> points = new ArrayList<>();
        for (Timeline.Row row : rows) {
            points.add(
                    new Charts.Point(
                            row.year(),
                            row.graph().nodes() < 2 ? null : metric.apply(row),
                            null,
                            null));
        }
        Charts.line(x, title.in(language), points, language, decimals);
    }

    /** A figure of one year of an answer, or null. */
    static Double yearFigure(HypothesisAnswer answer, String name, int year) {
        for (Figure figure : answer.figures()) {
            if (figure.year() != null && figure.year() == year && figure.name().equals(name)) {
                return figure.value();
            }
        }
        return null;
    }

    private static void blocks(Xhtml x, ImpactReport report, Language language) {
        ReportHtml.section(x, "blocks", Text.BLOCKS_TITLE, report, language);
        BlockDensityTable table = report.blocks();
        x.element("p", Text.BLOCKS_INTRO.format(language, report.year()));
        if (table == null || table.groups().isEmpty()) {
            x.element("p", Text.NOT_ENOUGH_DATA.in(language), "class", "missing");
            x.close();
            return;
        }
        double max = 0;
        for (List<Double> row : table.density()) {
            for (Double d : row) {
                max = d == null ? max : Math.max(max, d);
            }
        }
        List<String> header = new ArrayList<>();
        header.add("");
        table.groups().forEach(g -> header.add(Text.label("SECTOR_", g, language)));
        x.open("table", "class", "data blocks");
        ReportHtml.headerRow(x, header.toArray(String[]::new));
        x.open("tbody");
        for (int i = 0; i < table.groups().size(); i++) {
            x.open("tr");
            x.element("th", Text.label("SECTOR_", table.groups().get(i), language), "scope", "row");
            for (int j = 0; j < table.groups().size(); j++) {
                Double density = table.density().get(i).get(j);
                int ties = table.ties().get(i).get(j);
                x.open(
                        "td",
                        "class",
                        "num shade-" + shade(density, max) + (i == j ? " within" : ""));
                x.text(density == null ? "—" : Format.decimal(density, 3, language));
                x.element(
                        "span",
                        Text.TIES_COUNT.format(language, Format.integer(ties, language)),
                        "class",
                        "ties");
                x.close();
            }
            x.close();
        }
        x.close().close();
        x.element("p", Text.BLOCKS_NOTE.in(language), "class", "small");
        x.close();
    }

    /** The shade of a density: 0 for none, 1 to {@link #SHADES} by fifths of the maximum. */
    static int shade(Double density, double max) {
        if (density == null || density <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil(density / max * SHADES));
    }
}
