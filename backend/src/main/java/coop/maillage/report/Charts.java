package coop.maillage.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's figures as inline SVG, written with a small subset of SVG (rect, line, circle,
 * polyline, polygon, text, g, title) that {@link SvgSubsetDrawer} also draws into the PDF. Sizes
 * are in CSS pixels and the view box equals the size, so one unit is one pixel everywhere. Colours
 * are the map's (Okabe–Ito, readable with colour-blindness).
 */
final class Charts {

    /** Colour of each sector, as on the web map. */
    static final Map<String, String> SECTOR_COLOURS =
            Map.of(
                    "ESS", "#009e73",
                    "ENTREPRISE", "#0072b2",
                    "PUBLIC", "#d55e00",
                    "RECHERCHE", "#cc79a7",
                    "CITOYEN", "#e69f00",
                    "FINANCEUR", "#56b4e9");

    static final String OTHER_COLOUR = "#8c8c8c";
    static final String INK = "#222222";
    static final String GRID = "#d0d0d0";
    static final String LINE = "#1f4e79";
    static final String BAND = "#9ecae1";

    static final int CHART_WIDTH = 310;
    static final int CHART_HEIGHT = 170;

    private Charts() {}

    /** One value of a yearly series; {@code low} and {@code high} bound a band, or are null. */
    record Point(int year, Double value, Double low, Double high) {}

    static String colour(String sector) {
        return sector == null ? OTHER_COLOUR : SECTOR_COLOURS.getOrDefault(sector, OTHER_COLOUR);
    }

    /**
     * A line chart of a yearly series, with an optional band (e.g. the null model's expected value
     * ± 2 standard deviations) and the last value written at the end of the line.
     */
    static void line(Xhtml x, String title, List<Point> points, Language language, int decimals) {
        int width = CHART_WIDTH;
        int height = CHART_HEIGHT;
        double left = 44;
        double right = width - 12;
        double top = 22;
        double bottom = height - 24;
        svg(x, width, height, "chart", title);
        x.element(
                "text",
                title,
                "x",
                "0",
                "y",
                "12",
                "font-size",
                "11",
                "fill",
                INK,
                "font-weight",
                "bold");
        List<Point> defined = points.stream().filter(p -> p.value() != null).toList();
        if (points.isEmpty() || defined.isEmpty()) {
            x.close();
            return;
        }
        double[] range = range(points);
        int first = points.get(0).year();
        int last = points.get(points.size() - 1).year();
        Scale sx = new Scale(first, Math.max(last, first + 1), left, right);
        Scale sy = new Scale(range[0], range[1], bottom, top);
        for (int i = 0; i <= 2; i++) {
            double value = range[0] + (range[1] - range[0]) * i / 2;
            x.empty(
                    "line",
                    "x1",
                    n(left),
                    "y1",
                    n(sy.at(value)),
                    "x2",
                    n(right),
                    "y2",
                    n(sy.at(value)),
                    "stroke",
                    GRID,
                    "stroke-width",
                    "0.6");
            x.element(
                    "text",
                    Format.decimal(value, decimals, language),
                    "x",
                    n(left - 4),
                    "y",
                    n(sy.at(value) + 3),
                    "font-size",
                    "9",
                    "fill",
                    INK,
                    "text-anchor",
                    "end");
        }
        int step = Math.max(1, (last - first + 5) / 6);
        for (int year = first; year <= last; year += step) {
            x.element(
                    "text",
                    Integer.toString(year),
                    "x",
                    n(sx.at(year)),
                    "y",
                    n(bottom + 14),
                    "font-size",
                    "9",
                    "fill",
                    INK,
                    "text-anchor",
                    "middle");
        }
        band(x, points, sx, sy);
        StringBuilder polyline = new StringBuilder();
        for (Point p : defined) {
            polyline.append(polyline.isEmpty() ? "" : " ")
                    .append(n(sx.at(p.year())))
                    .append(',')
                    .append(n(sy.at(p.value())));
        }
        x.empty(
                "polyline",
                "points",
                polyline.toString(),
                "fill",
                "none",
                "stroke",
                LINE,
                "stroke-width",
                "1.8");
        Point end = defined.get(defined.size() - 1);
        x.empty(
                "circle",
                "cx",
                n(sx.at(end.year())),
                "cy",
                n(sy.at(end.value())),
                "r",
                "2.8",
                "fill",
                LINE,
                "stroke",
                LINE,
                "stroke-width",
                "0");
        x.element(
                "text",
                Format.decimal(end.value(), decimals, language),
                "x",
                n(sx.at(end.year()) - 4),
                "y",
                n(sy.at(end.value()) - 6),
                "font-size",
                "9",
                "fill",
                LINE,
                "text-anchor",
                "end");
        x.close();
    }

    private static void band(Xhtml x, List<Point> points, Scale sx, Scale sy) {
        List<Point> banded =
                points.stream().filter(p -> p.low() != null && p.high() != null).toList();
        if (banded.size() < 2) {
            return;
        }
        StringBuilder polygon = new StringBuilder();
        for (Point p : banded) {
            polygon.append(polygon.isEmpty() ? "" : " ")
                    .append(n(sx.at(p.year())))
                    .append(',')
                    .append(n(sy.at(p.high())));
        }
        for (int i = banded.size() - 1; i >= 0; i--) {
            Point p = banded.get(i);
            polygon.append(' ').append(n(sx.at(p.year()))).append(',').append(n(sy.at(p.low())));
        }
        x.empty(
                "polygon",
                "points",
                polygon.toString(),
                "fill",
                BAND,
                "fill-opacity",
                "0.5",
                "stroke",
                "none");
    }

    /** The values' range, widened to include 0 for non-negative series and the band. */
    private static double[] range(List<Point> points) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            for (Double v : new Double[] {p.value(), p.low(), p.high()}) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min >= 0) {
            min = 0;
        }
        if (max <= min) {
            max = min + 1;
        }
        return new double[] {min, max + (max - min) * 0.08};
    }

    static void svg(Xhtml x, int width, int height, String css, String title) {
        x.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "class",
                css,
                "width",
                n(width),
                "height",
                n(height),
                "viewBox",
                "0 0 " + n(width) + " " + n(height),
                "role",
                "img",
                "aria-label",
                title);
        x.element("title", title);
    }

    /** A coordinate with at most one decimal, as the layout rounds them. */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** A linear map from data to drawing coordinates. */
    private record Scale(double from, double to, double start, double end) {
        double at(double value) {
            return start + (value - from) / (to - from) * (end - start);
        }
    }
}
