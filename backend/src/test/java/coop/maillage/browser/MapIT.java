package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The cooperation map in a real browser, on the seed, compared with what the API answers. */
class MapIT extends BrowserIT {

    private static final String CIRCLES = ".map-nodes circle";
    private static final String LINES = ".map-links line";

    private JsonNode network(int year) {
        return api.get("/api/network?permutations=0&year=" + year).body();
    }

    private void openMapAt(int year) {
        openView("carte");
        browser.waitForScript("return window.maillageMap && window.maillageMap.year !== null");
        WebElement slider = browser.find("#map-year");
        int shown = Integer.parseInt(slider.getAttribute("value"));
        slider.sendKeys(
                (year < shown ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT)
                        .toString()
                        .repeat(Math.abs(year - shown)));
        browser.waitForScript("return window.maillageMap.year === " + year);
    }

    private int count(String css) {
        return browser.findAll(css).size();
    }

    @Test
    void shouldDrawEveryActorAndTieOfTheYear() {
        JsonNode network = network(2020);
        openMapAt(2020);

        assertThat(count(CIRCLES)).isEqualTo(network.get("nodes").size()).isGreaterThan(100);
        assertThat(count(LINES)).isEqualTo(network.get("links").size());
        assertThat(browser.text("#map-year-value")).isEqualTo("2020");
        assertThat(browser.text("#map-stats"))
                .startsWith("2020 : " + network.get("nodes").size() + " acteurs");
        browser.screenshot("map-2020");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldRedrawTheMapWhenTheSliderMoves() {
        int before = network(2019).get("nodes").size();
        int after = network(2018).get("nodes").size();
        assertThat(before).isNotEqualTo(after);
        openMapAt(2019);
        assertThat(count(CIRCLES)).isEqualTo(before);

        browser.find("#map-year").sendKeys(Keys.ARROW_LEFT);

        browser.waitForScript("return window.maillageMap.year === 2018");
        assertThat(count(CIRCLES)).isEqualTo(after);
        assertThat(browser.text("#map-year-value")).isEqualTo("2018");
    }

    @Test
    void shouldKeepThePlacesOfActorsFromOneYearToTheNext() {
        openMapAt(2021);
        browser.waitForScript("return !window.maillageMap.running");
        String place =
                "const c = document.querySelector('.map-nodes circle[data-id=\"clusterjura\"]');"
                        + " return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))];";
        @SuppressWarnings("unchecked")
        List<Number> before = (List<Number>) browser.script(place);

        browser.find("#map-year").sendKeys(Keys.ARROW_LEFT);
        browser.waitForScript("return window.maillageMap.year === 2020");

        @SuppressWarnings("unchecked")
        List<Number> after = (List<Number>) browser.script(place);
        double moved =
                Math.hypot(
                        after.get(0).doubleValue() - before.get(0).doubleValue(),
                        after.get(1).doubleValue() - before.get(1).doubleValue());
        assertThat(moved).isLessThan(40);
    }

    @Test
    void shouldOpenTheSidePanelOfAClickedActor() {
        openMapAt(2020);
        browser.waitForScript("return !window.maillageMap.running");

        browser.find(".map-nodes circle[data-id=\"clusterjura\"]").click();

        browser.waitForScript("return !document.querySelector('.map-panel').hidden");
        String name = api.get("/api/actors/clusterjura").body().get("name").asString();
        assertThat(browser.text("#panel-title")).isEqualTo(name);
        browser.waitUntil(d -> !browser.findAll(".panel-projects li").isEmpty());
        int participations =
                api.get("/api/participations?actor=clusterjura&size=40").body().get("items").size();
        assertThat(count(".panel-projects li")).isEqualTo(participations);
        assertThat(browser.text(".panel-metrics")).contains("Degré");
        browser.waitUntil(d -> !browser.findAll(".sparkline svg").isEmpty());
        browser.screenshot("map-panel");

        browser.find(".panel-close").click();
        assertThat(browser.find(".map-panel").isDisplayed()).isFalse();
    }

    @Test
    void shouldDrawTheSameMapOnACanvas() {
        JsonNode network = network(2020);
        openView("carte");
        browser.script("sessionStorage.setItem('maillage.canvasThreshold', '0')");
        try {
            openMapAt(2020);
            browser.waitForScript("return window.maillageMap.mode === 'canvas'");
            browser.waitForScript("return !window.maillageMap.running");

            assertThat(count(CIRCLES)).isZero();
            assertThat(((Number) browser.script("return window.maillageMap.nodes")).intValue())
                    .isEqualTo(network.get("nodes").size());
            String coloured =
                    "const c = document.querySelector('canvas.map-canvas');"
                            + " const d = c.getContext('2d').getImageData(0, 0, c.width,"
                            + " c.height).data; let n = 0;"
                            + " for (let i = 0; i < d.length; i += 4) {"
                            + " if (d[i + 3] > 0 && (d[i] !== d[i + 1] || d[i + 1] !== d[i + 2]))"
                            + " n++; } return n;";
            // the actors' colours (links are grey): at least a few pixels per actor
            assertThat(((Number) browser.script(coloured)).intValue())
                    .isGreaterThan(network.get("nodes").size() * 10);
            browser.find("#map-search").sendKeys("clus'ter", Keys.ENTER);
            browser.waitForScript("return !document.querySelector('.map-panel').hidden");
            browser.screenshot("map-2020-canvas");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            browser.script("sessionStorage.removeItem('maillage.canvasThreshold')");
        }
    }

    @Test
    void shouldFindAnActorByName() {
        openMapAt(2020);

        browser.find("#map-search").sendKeys("clus'ter", Keys.ENTER);

        browser.waitForScript("return !document.querySelector('.map-panel').hidden");
        assertThat(browser.text("#panel-title")).containsIgnoringCase("Clus'Ter");
        assertThat(browser.text(".map-labels text")).containsIgnoringCase("Clus'Ter");
    }

    @Test
    void shouldPlayTheYearsAndPause() {
        openMapAt(2016);

        browser.find("#map-play").click();

        browser.waitForScript("return window.maillageMap.year >= 2018");
        browser.find("#map-play").click();
        assertThat(browser.text("#map-play")).isEqualTo("Lecture");
        int year = ((Number) browser.script("return window.maillageMap.year")).intValue();
        assertThat(count(CIRCLES)).isEqualTo(network(year).get("nodes").size());
    }

    @Test
    void shouldHighlightBridgesAndArticulationPointsOnDemand() {
        JsonNode graph = network(2020).get("graph");
        openMapAt(2020);
        String red =
                "return document.querySelectorAll('.map-links line[stroke=\"#b3001b\"]').length";
        assertThat(((Number) browser.script(red)).intValue()).isZero();

        browser.find("#map-bridges").click();
        browser.find("#map-articulation").click();

        assertThat(((Number) browser.script(red)).intValue())
                .isEqualTo(graph.get("bridgeCount").asInt());
        String outlined =
                "return document.querySelectorAll('.map-nodes circle[stroke=\"#111111\"]').length";
        assertThat(((Number) browser.script(outlined)).intValue())
                .isEqualTo(graph.get("articulationPointCount").asInt());
        assertThat(browser.text(".map-legend")).contains("pont", "articulation");
    }

    @Test
    void shouldSwitchTheLabelsToEnglishAndBack() {
        openMapAt(2020);
        assertThat(browser.text(".map-controls h1")).isEqualTo("Carte des coopérations");

        browser.find("#language").click();

        browser.waitForScript("return document.documentElement.lang === 'en'");
        browser.waitUntil(
                d ->
                        browser.findAll(".map-controls h1").stream()
                                .anyMatch(h -> h.getText().equals("Cooperation map")));
        assertThat(browser.text("nav.tabs a[data-route=carte]")).isEqualTo("Map");
        assertThat(browser.text("label[for=map-year]")).isEqualTo("Year");
        assertThat(browser.text("#language")).isEqualTo("Français");
        browser.waitForScript("return window.maillageMap.year === 2020");

        browser.find("#language").click();

        browser.waitForScript("return document.documentElement.lang === 'fr'");
        assertThat(browser.text("nav.tabs a[data-route=carte]")).isEqualTo("Carte");
    }
}
