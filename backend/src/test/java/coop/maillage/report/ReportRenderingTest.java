package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The seed's 2024 report written and laid out without a database. */
class ReportRenderingTest {

    @Test
    void shouldWriteWellFormedXhtmlWithEverySection() throws Exception {
        String html = ReportHtml.write(SeedReports.of(2024), Language.FR);
        Document document = parse(html);
        assertThat(document.getElementsByTagName("section").getLength())
                .isEqualTo(ReportHtml.SECTIONS.size() + 1);
        assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(7);
        assertThat(html)
                .contains("Rapport d’impact 2024", "Clus&#39;Ter Jura", "données insuffisantes");
        assertThat(html).doesNotContain("<script", " style=", "{0}", "{1}");
    }

    @Test
    void shouldGiveTheSameBytesForTheSameDataAndYear() {
        ImpactReport again =
                ReportBuilder.build(
                        SeedReports.FACTS, SeedReports.NETWORK, 2024, SeedReports::pseudonym);
        for (Language language : Language.values()) {
            String first = ReportHtml.write(SeedReports.of(2024), language);
            String second = ReportHtml.write(again, language);
            assertThat(second).isEqualTo(first);
            assertThat(ReportPdf.render(second, "t")).isEqualTo(ReportPdf.render(first, "t"));
        }
    }

    @Test
    void shouldLayOutAPdfWithoutDatesWhoseTextCanBeRead() throws Exception {
        ImpactReport report = SeedReports.of(2024);
        byte[] pdf =
                ReportPdf.render(
                        ReportHtml.write(report, Language.EN),
                        ReportHtml.title(report, Language.EN));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(8, 30);
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Impact report 2024 — Clus'Ter Jura");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Impact report 2024", "not enough data", "≥", "ρ", "–");
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("CreationDate");
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
