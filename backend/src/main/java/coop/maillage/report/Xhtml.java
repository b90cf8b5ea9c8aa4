package coop.maillage.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A small writer of well-formed XHTML: every element opened is closed in order, every text and
 * attribute value is escaped ({@code & < > " '}), and characters XML forbids (control characters,
 * lone surrogates, U+FFFE, U+FFFF) are dropped. Names of actors and projects come from users: they
 * only ever reach the document through {@link #text} or an attribute value, so a name such as
 * {@code <script>} shows as text. Element and attribute names are the code's own constants.
 */
final class Xhtml {

    /** Elements written as {@code <name/>}: they never have content. */
    private static final Set<String> VOID =
            Set.of(
                    "br",
                    "col",
                    "hr",
                    "img",
                    "meta",
                    "link",
                    "circle",
                    "line",
                    "rect",
                    "polyline",
                    "polygon");

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Appends markup the code wrote itself: a doctype or a fixed stylesheet. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens an element; {@code attributes} are name, value pairs (a null value is left out). */
    Xhtml open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Closes the element opened last. */
    Xhtml close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Writes an empty element such as {@code <br/>}. */
    Xhtml empty(String name, String... attributes) {
        if (!VOID.contains(name)) {
            throw new IllegalArgumentException("<" + name + "> is not an empty element");
        }
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only text. */
    Xhtml element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** Writes text, escaped. */
    Xhtml text(String text) {
        escape(text == null ? "" : text, out);
        return this;
    }

    /** The document; every element must have been closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], out);
                out.append('"');
            }
        }
    }

    /** Escapes {@code text} for XML text and attribute values, dropping forbidden characters. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether XML 1.0 allows the character on its own. */
    private static boolean allowed(char c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || c >= 0x20 && c < 0xD800
                || c > 0xDFFF && c < 0xFFFE;
    }

    /** Escaped text, for tests and small pieces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        escape(text, out);
        return out.toString();
    }
}
