package coop.maillage.report;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the report's inline SVG figures into the PDF, through openhtmltopdf's Graphics2D bridge
 * (vector shapes; text in the embedded DejaVu font, so it stays text). It knows only the subset
 * {@link Charts} writes — {@code g}, {@code rect}, {@code line}, {@code circle}, {@code polyline},
 * {@code polygon}, {@code text}; colours {@code #rrggbb} or {@code none}; {@code stroke-width},
 * {@code fill-opacity}, {@code stroke-opacity}, {@code font-size}, {@code font-weight}, {@code
 * text-anchor} — and skips any other element. It is not a general SVG renderer: it draws documents
 * this package writes, which is what keeps the PDF free of a full SVG engine.
 */
final class SvgSubsetDrawer implements SVGDrawer {

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // The figures use the fonts registered with the PDF builder.
    }

    @Override
    public SVGImage buildSVGImage(
            Element svg,
            Box box,
            CssContext css,
            double cssWidth,
            double cssHeight,
            double dotsPerPixel) {
        return new Image(svg, length(svg, "width"), length(svg, "height"), dotsPerPixel);
    }

    @Override
    public void addFontFile(
            File file, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
        // No font files: see importFontFaceRules.
    }

    @Override
    public void close() {
        // Nothing held.
    }

    private static double length(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    /** One SVG figure, sized in CSS pixels. */
    private record Image(Element svg, double width, double height, double dotsPerPixel)
            implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            device.drawWithGraphics(
                    (float) x, (float) y, (float) width, (float) height, g -> paint(g, svg));
        }
    }

    /** Paints the children of {@code parent}, in document order. */
    static void paint(Graphics2D g, Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                paintElement(g, element);
            }
        }
    }

    private static void paintElement(Graphics2D g, Element e) {
        switch (name(e)) {
            case "g" -> paint(g, e);
            case "rect" ->
                    shape(
                            g,
                            e,
                            new Rectangle2D.Double(
                                    number(e, "x"),
                                    number(e, "y"),
                                    number(e, "width"),
                                    number(e, "height")));
            case "line" ->
                    shape(
                            g,
                            e,
                            new Line2D.Double(
                                    number(e, "x1"),
                                    number(e, "y1"),
                                    number(e, "x2"),
                                    number(e, "y2")));
            case "circle" -> {
                double r = number(e, "r");
                shape(
                        g,
                        e,
                        new Ellipse2D.Double(
                                number(e, "cx") - r, number(e, "cy") - r, 2 * r, 2 * r));
            }
            case "polyline" -> shape(g, e, path(e.getAttribute("points"), false));
            case "polygon" -> shape(g, e, path(e.getAttribute("points"), true));
            case "text" -> text(g, e);
            default -> {
                // title and anything else: nothing to draw
            }
        }
    }

    private static void shape(Graphics2D g, Element e, Shape shape) {
        Color fill = colour(e.getAttribute("fill"), e.getAttribute("fill-opacity"));
        if (fill != null && !(shape instanceof Line2D)) {
            g.setColor(fill);
            g.fill(shape);
        }
        Color stroke = colour(e.getAttribute("stroke"), e.getAttribute("stroke-opacity"));
        double width = e.hasAttribute("stroke-width") ? number(e, "stroke-width") : 1;
        if (stroke != null && width > 0) {
            g.setColor(stroke);
            g.setStroke(
                    new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    private static void text(Graphics2D g, Element e) {
        String text = e.getTextContent();
        if (text == null || text.isEmpty()) {
            return;
        }
        float size = e.hasAttribute("font-size") ? (float) number(e, "font-size") : 10f;
        Font font =
                ReportFonts.sans()
                        .deriveFont(
                                "bold".equals(e.getAttribute("font-weight"))
                                        ? Font.BOLD
                                        : Font.PLAIN,
                                size);
        double textWidth =
                font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
        double x = number(e, "x");
        switch (e.getAttribute("text-anchor")) {
            case "middle" -> x -= textWidth / 2;
            case "end" -> x -= textWidth;
            default -> {
                // start: x is the left edge
            }
        }
        Color fill = colour(e.getAttribute("fill"), null);
        g.setColor(fill == null ? Color.BLACK : fill);
        g.setFont(font);
        g.drawString(text, (float) x, (float) number(e, "y"));
    }

    private static Path2D path(String points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        String[] pairs = points.trim().split("\\s+");
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            double px = Double.parseDouble(xy[0]);
            double py = Double.parseDouble(xy[1]);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** A {@code #rrggbb} colour with an optional opacity; null for none or an unknown value. */
    static Color colour(String value, String opacity) {
        if (value == null || !value.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        int rgb = Integer.parseInt(value.substring(1), 16);
        double alpha =
                opacity == null || opacity.isEmpty()
                        ? 1
                        : Math.max(0, Math.min(1, Double.parseDouble(opacity)));
        return new Color(
                (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int) Math.round(alpha * 255));
    }

    private static double number(Element e, String name) {
        String value = e.getAttribute(name);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    private static String name(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
