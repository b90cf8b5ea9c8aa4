package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.security.Role;
import coop.maillage.support.Api.Response;
import coop.maillage.support.DatabaseIT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The seed's 2019 and 2024 reports as a funder gets them from the API: PDF pages and text (PDFBox),
 * the documented member counts (54 on 31 December 2018, 80 in 2019, 96 in 2024; 93 in 2023 from
 * graph-seed/SEED.md), every college, every hypothesis sentence, "not enough data" where the
 * records do not allow an indicator; the English version; the same bytes after the data are
 * reloaded; escaped names. Page 1 and the map page are written as PNG under target/report/.
 */
class ReportIT extends DatabaseIT {

    static final Path OUT = Path.of("target/report");
    static final List<String> COLLEGES =
            List.of(
                    "Fondateurs",
                    "Entreprises partenaires",
                    "Collectivités partenaires",
                    "Territoire, Recherche et ESS",
                    "Citoyens",
                    "Salariés");

    @Autowired DatasetService datasets;
    @LocalServerPort int port;

    @BeforeEach
    void seed() {
        datasets.loadSeed();
    }

    @Test
    void shouldWriteThe2019And2024ReportsAsAFunderReadsThem() throws Exception {
        Map<Integer, String> members =
                Map.of(
                        2019, "80 sociétaires au 31 décembre 2019 +26 depuis fin 2018",
                        2024, "96 sociétaires au 31 décembre 2024 +3 depuis fin 2023");
        for (int year : List.of(2019, 2024)) {
            byte[] pdf = bytes("/api/report/" + year + ".pdf", "application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isBetween(10, 30);
                String text = text(document);
                assertThat(text)
                        .contains("Rapport d’impact " + year + " — Clus'Ter Jura")
                        .contains(members.get(year))
                        .contains("Données de démonstration")
                        .contains("données insuffisantes")
                        .contains(COLLEGES);
                for (JsonNode answer : hypotheses(year)) {
                    assertThat(text).contains(words(answer.get("sentenceFr").asString()));
                }
                picture(document, 0, "rapport-" + year + "-page-1.png");
                picture(document, 2, "rapport-" + year + "-carte.png");
            }
            Files.write(OUT.resolve("rapport-impact-" + year + ".pdf"), pdf);
        }
    }

    @Test
    void shouldWriteTheEnglishVersion() throws Exception {
        byte[] pdf = bytes("/api/report/2024.pdf?lang=en", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text)
                    .contains("Impact report 2024 — Clus'Ter Jura")
                    .contains("96 members on 31 December 2024")
                    .contains("not enough data")
                    .doesNotContain("données insuffisantes");
            for (JsonNode answer : hypotheses(2024)) {
                assertThat(text).contains(words(answer.get("sentenceEn").asString()));
            }
        }
        Files.write(OUT.resolve("impact-report-2024.pdf"), pdf);
    }

    @Test
    void shouldGiveTheSameBytesAfterTheSameDataAreLoadedAgain() throws Exception {
        byte[] html = bytes("/api/report/2019.html", "text/html");
        byte[] pdf = bytes("/api/report/2019.pdf", "application/pdf");
        datasets.loadSeed();
        assertThat(bytes("/api/report/2019.html", "text/html")).isEqualTo(html);
        assertThat(bytes("/api/report/2019.pdf", "application/pdf")).isEqualTo(pdf);
        Files.write(OUT.resolve("rapport-impact-2019.html"), html);
    }

    @Test
    void shouldShowANameThatLooksLikeMarkupAsText() throws Exception {
        database.write(
                tx ->
                        tx.run(
                                        "MATCH (a:Actor {id: 'clusterjura'}) SET a.name = $name",
                                        Map.of("name", "Clus'Ter <script>alert(1)</script> & Co"))
                                .consume());
        Response page = api.as(Role.VIEWER).get("/api/report/2024.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .startsWith("default-src 'none'; style-src 'unsafe-inline'")
                .doesNotContain("script-src");
        assertThat(page.raw())
                .doesNotContain("<script")
                .contains("Clus&#39;Ter &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        var document = ReportRenderingTest.parse(page.raw());
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void shouldSayWhichYearsHaveAReport() {
        Response answer = api.as(Role.VIEWER).get("/api/report/1800.pdf");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode years = api.as(Role.VIEWER).get("/api/report/years").body();
        assertThat(answer.body().get("detail").asString())
                .contains("no report for 1800")
                .contains(years.get("first").asInt() + "–" + years.get("last").asInt());
        assertThat(api.as(Role.VIEWER).get("/api/report/2024.pdf?lang=de").status()).isEqualTo(400);
    }

    private byte[] bytes(String path, String type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + port + path))
                                        .header(
                                                "Authorization",
                                                "Bearer "
                                                        + coop.maillage.support.TestUsers.token(
                                                                Role.VIEWER))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        return response.body();
    }

    private JsonNode hypotheses(int year) {
        Response answer = api.as(Role.VIEWER).get("/api/hypotheses?from=2014&to=" + year);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode answers = answer.body().get("answers");
        assertThat(answers.size()).isEqualTo(5);
        return answers;
    }

    private static String text(PDDocument document) throws IOException {
        return words(new PDFTextStripper().getText(document));
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static void picture(PDDocument document, int page, String name) throws IOException {
        Files.createDirectories(OUT);
        ImageIO.write(
                new PDFRenderer(document).renderImageWithDPI(page, 110),
                "png",
                OUT.resolve(name).toFile());
    }
}
