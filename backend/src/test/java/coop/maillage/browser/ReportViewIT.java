package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report view offers a year's report as a page and as a PDF, and both links answer. */
class ReportViewIT extends BrowserIT {

    @Test
    void shouldOfferTheReportOfAChosenYearInBothFormats() {
        openView("rapport");
        browser.waitUntil(d -> !browser.findAll("#report-pdf").isEmpty());
        assertThat(browser.text("h1")).isEqualTo("Rapport d'impact annuel");
        List<String> years =
                browser.findAll("#report-year option").stream()
                        .map(o -> o.getAttribute("value"))
                        .toList();
        assertThat(years).contains("2019", "2024");

        browser.script(
                "const s = document.getElementById('report-year'); s.value = '2019';"
                        + " s.dispatchEvent(new Event('change'));"
                        + " const l = document.getElementById('report-language'); l.value = 'en';"
                        + " l.dispatchEvent(new Event('change'));");

        String html = browser.find("#report-html").getAttribute("href");
        String pdf = browser.find("#report-pdf").getAttribute("href");
        assertThat(html).endsWith("/api/report/2019.html?lang=en");
        assertThat(pdf).endsWith("/api/report/2019.pdf?lang=en");
        assertThat(browser.find("#report-pdf").getAttribute("download"))
                .isEqualTo("impact-report-2019.pdf");
        assertThat(answer(html)).isEqualTo("200 text/html;charset=UTF-8");
        assertThat(answer(pdf)).isEqualTo("200 application/pdf");
        browser.screenshot("view-rapport-2019");
    }

    /** The status and content type of a GET from the signed-in page. */
    private String answer(String url) {
        return (String)
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => done(r.status + ' '"
                                + " + r.headers.get('Content-Type')));",
                        url);
    }
}
