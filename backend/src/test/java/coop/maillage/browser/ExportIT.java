package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The export panel of the Data view: each choice of format and period points the download link at
 * an export that the page can fetch (status 200, the format's media type); the names option is
 * there for admins only, and a download with names works for them.
 */
class ExportIT extends BrowserIT {

    private static final Map<String, String> TYPES =
            Map.of(
                    "gexf", "application/gexf+xml",
                    "graphml", "application/graphml+xml",
                    "csv", "application/zip",
                    "json", "application/json");

    @AfterEach
    void endSession() {
        signOut();
    }

    @Test
    void shouldLinkEveryFormatAndPeriodToAWorkingDownload() {
        openExports();
        assertThat(browser.find("#export-names").isDisplayed())
                .as("editors get no names")
                .isFalse();

        for (String year : List.of("", "2020")) {
            browser.find("#export-year").clear();
            browser.find("#export-year").sendKeys(year);
            for (Map.Entry<String, String> format : TYPES.entrySet()) {
                new Select(browser.find("#export-format")).selectByValue(format.getKey());
                String href = browser.find("#export-network").getAttribute("href");
                assertThat(href).contains("/api/export/network." + format.getKey());
                assertThat(href.contains("year=2020")).isEqualTo(!year.isEmpty());
                assertThat(fetch(href)).isEqualTo("200 " + format.getValue());
            }
        }
        browser.find("#export-layer-workshops").click();
        browser.find("#export-without-pole").click();
        String href = browser.find("#export-network").getAttribute("href");
        assertThat(href)
                .contains("layers=collaborations%2Cprojects%2Cworkshops", "withoutPole=true");
        assertThat(fetch(href)).startsWith("200 ");
        String dataset = browser.find("#export-dataset").getAttribute("href");
        assertThat(dataset).endsWith("/api/export/dataset.zip");
        assertThat(fetch(dataset)).isEqualTo("200 application/zip");
        browser.screenshot("exports");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldOfferTheNamesOnlyToAnAdmin() {
        signOut();
        signIn(Role.ADMIN);
        browser.consoleErrors();
        openExports();
        browser.waitUntil(d -> browser.find("#export-names").isDisplayed());

        browser.find("#export-names").click();

        String network = browser.find("#export-network").getAttribute("href");
        String dataset = browser.find("#export-dataset").getAttribute("href");
        assertThat(network).contains("names=true");
        assertThat(dataset).endsWith("/api/export/dataset.zip?names=true");
        assertThat(fetch(network)).isEqualTo("200 application/gexf+xml");
        assertThat(fetch(dataset)).isEqualTo("200 application/zip");
    }

    private void openExports() {
        openView("donnees/export");
        browser.waitForScript(
                "return document.querySelector('#export-network')?.hasAttribute('href')");
    }

    /** Fetches the address from the page, as the signed-in user: "status media-type". */
    private String fetch(String href) {
        return (String)
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.arrayBuffer().then(() =>"
                                + " done(r.status + ' ' + (r.headers.get('Content-Type') || '')"
                                + ".split(';')[0])));",
                        href);
    }
}
