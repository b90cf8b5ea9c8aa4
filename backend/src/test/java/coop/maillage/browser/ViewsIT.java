package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Every view renders on the seed without console errors, in French and in English. */
class ViewsIT extends BrowserIT {

    /**
     * Requests the UI makes on purpose to learn whether an optional endpoint exists (the export
     * files); the browser logs their 404 as an error.
     */
    @ParameterizedTest(name = "#/{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "carte|.map-nodes circle|Carte des coopérations|Cooperation map",
                "evolution|.heatmap td|Évolution du réseau|The network over time",
                "hypotheses|.card .verdict|Hypothèses du pôle|The pole's hypotheses",
                "methodologie|.definition|Méthodologie|Methodology",
                "projets|.score-chart rect|Projets|Projects",
                "rapport|#report-pdf|Rapport d'impact annuel|Annual impact report",
                "donnees|.record-link|Données|Data",
                "donnees/import|#import-file|Données|Data",
                "donnees/export|#export-network|Données|Data"
            })
    void shouldRenderEachViewWithoutConsoleErrorsInBothLanguages(
            String route, String content, String french, String english) {
        openView(route);
        browser.waitUntil(d -> !browser.findAll(content).isEmpty());
        assertThat(browser.text("h1")).isEqualTo(french);
        assertThat(browser.find("nav.tabs a[aria-current=page]").getAttribute("data-route"))
                .isEqualTo(route.split("/")[0]);
        browser.screenshot("view-" + route.replace('/', '-'));

        browser.find("#language").click();

        browser.waitUntil(
                d -> browser.findAll("h1").stream().anyMatch(h -> h.getText().equals(english)));
        browser.waitUntil(d -> !browser.findAll(content).isEmpty());
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.find("#language").click();
        browser.waitForScript("return document.documentElement.lang === 'fr'");
    }

    @Test
    void shouldHaveEveryMessageInBothLanguages() {
        openView("methodologie");
        Object missing =
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " import('/js/i18n.js').then(m => done(m.missingKeys()));");
        assertThat((List<?>) missing).isEmpty();
    }

    @Test
    void shouldGiveEachHypothesisAVerdictInWordsAndLinkItsDefinitions() {
        openView("hypotheses");
        browser.waitUntil(d -> browser.findAll(".card").size() == 5);
        for (WebElement verdict : browser.findAll(".card .verdict")) {
            assertThat(verdict.getText())
                    .containsAnyOf("Confirmée", "Non confirmée", "Non concluante");
        }

        browser.find("#hyp-H1 a[href='#/methodologie/density']").click();

        browser.waitForScript(
                "return document.activeElement && document.activeElement.id === 'metric-density'");
        assertThat(browser.text("#metric-density")).contains("2m / (n(n−1))");
    }

    @Test
    void shouldShowTheNullModelBandBehindTheEiIndex() {
        openView("evolution");
        browser.waitUntil(d -> !browser.findAll("#chart-eiIndex svg").isEmpty());
        assertThat(browser.findAll("#chart-eiIndex path[fill='#c9d3dc']")).hasSize(1);

        WebElement chart = browser.find("#chart-eiIndex svg");
        chart.sendKeys(Keys.HOME);

        assertThat(browser.text("#chart-eiIndex-readout"))
                .matches("\\d{4} : .*attendu par hasard.*");
    }

    @Test
    void shouldLetTheKeyboardSkipToTheContent() {
        openView("projets");
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("skip-link");

        browser.find("#skip-link").sendKeys(Keys.ENTER);

        assertThat(browser.script("return document.activeElement.id")).isEqualTo("main");
    }
}
