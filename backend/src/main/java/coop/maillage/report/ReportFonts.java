package coop.maillage.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts embedded in the PDF: the DejaVu family from the classpath (jasperreports-fonts), which
 * covers every glyph the report prints — French accents, ’ « » – — ≥ σ ρ ± · — so that no font of
 * the machine is ever used and the PDF looks the same everywhere. Only the glyphs used are embedded
 * (subsets).
 */
final class ReportFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private static final Font AWT_SANS = awt("DejaVuSans.ttf");

    private ReportFonts() {}

    /** Registers the fonts with a PDF builder. */
    static void register(PdfRendererBuilder builder) {
        add(builder, "DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
        add(builder, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
        add(builder, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
        add(builder, "DejaVuSans-BoldOblique.ttf", SANS, 700, FontStyle.ITALIC);
        add(builder, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
    }

    /** DejaVu Sans as an AWT font, for measuring the figures' text. */
    static Font sans() {
        return AWT_SANS;
    }

    /** The bytes of a font file, for tests. */
    static InputStream open(String file) {
        InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing font " + FOLDER + file);
        }
        return in;
    }

    private static void add(
            PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static Font awt(String file) {
        try (InputStream in = open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + file, e);
        }
    }
}
