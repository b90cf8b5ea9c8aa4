package coop.maillage.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays the report's XHTML out to PDF with openhtmltopdf (on PDFBox), byte-identical for the same
 * document: the embedded fonts come from the classpath ({@link ReportFonts}), no external resource
 * is ever fetched, the document information holds the title and a fixed producer but no date, and
 * the trailer's /ID — which PDFBox would otherwise derive from the clock — is the first 16 bytes of
 * the SHA-256 of the XHTML, twice (the ID of a document that was never modified).
 */
final class ReportPdf {

    static final String PRODUCER = "Maillage";

    static {
        // the layout engine reports each font it loads and each stylesheet it parses at INFO:
        // keep its warnings and errors only, so that the report command prints one line
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private ReportPdf() {}

    static byte[] render(String xhtml, String title) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.withProducer(PRODUCER);
        builder.useSVGDrawer(new SvgSubsetDrawer());
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        ReportFonts.register(builder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument document = renderer.createPDFKeepOpen()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            document.setDocumentInformation(info);
            byte[] id = Arrays.copyOf(sha256(xhtml), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
