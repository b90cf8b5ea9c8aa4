package coop.maillage.export;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text a hostile or careless sender puts in a name or a description: injection attempts (Cypher,
 * HTML, spreadsheet formulas), the separators and quotes of every format we write, byte order
 * marks, NUL and other control characters, bidirectional marks, characters outside the Basic
 * Multilingual Plane, French accents, blanks and a 10,000-character string; alone, mixed with
 * arbitrary text, or arbitrary text alone. It shrinks towards the first samples and shorter text.
 */
final class HostileText {

    static final int LONG = 10_000;

    static final List<String> SAMPLES =
            List.of(
                    "'}) MATCH (n) DETACH DELETE n //",
                    "\"}) MATCH (n) DETACH DELETE n //",
                    "$name}) RETURN 1 UNION MATCH (n) RETURN n //",
                    "<script>alert(1)</script>",
                    "\"><img src=x onerror=alert(1)>",
                    "=HYPERLINK(\"http://example.com/x\",\"Clic\")",
                    "+SUM(1+1)*cmd|' /C calc'!A0",
                    "-2+3",
                    "@SUM(A1)",
                    "\"",
                    "\"\"",
                    "'",
                    "a;b,c\td",
                    "line\nbreak",
                    "windows\r\nline",
                    "old\rmac",
                    "\uFEFF",
                    "\uFEFFid",
                    "nul\u0000here",
                    "\u0001\u0008\u000B\u000C\u001F\u007F\u0085",
                    "\u202Eevil\u202C",
                    "\u200F\u200E\u061C",
                    "😀",
                    "\uD83C\uDF3F pousse",
                    "Pôle Petite Montagne « Jura » – Cœur, Saint-Claude, Ça été",
                    "  ",
                    " leading and trailing ",
                    "&amp; &lt; &#0; ]]> <![CDATA[x]]> <!-- -->",
                    "\uFFFE\uFFFF",
                    "x".repeat(LONG));

    private HostileText() {}

    /** Hostile samples, arbitrary strings, and samples with arbitrary text around them. */
    static Arbitrary<String> text() {
        Arbitrary<String> samples = Arbitraries.of(SAMPLES);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> mixed =
                Combinators.combine(any, samples, any, samples).as((a, b, c, d) -> a + b + c + d);
        return Arbitraries.oneOf(samples, any, mixed);
    }
}
