package coop.maillage.browser;

import coop.maillage.dataset.DatasetService;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the application on a real embedded Neo4j holding the Clus'Ter Jura
 * seed, and one headless Chromium per test class, French by default.
 */
abstract class BrowserIT extends DatabaseIT {

    private static Browser shared;

    @Autowired DatasetService datasets;

    @LocalServerPort int serverPort;

    Browser browser;

    @BeforeEach
    void startBrowserOnTheSeed() {
        Browser.requireChromium();
        datasets.loadSeed();
        if (shared == null) {
            shared = Browser.start("http://127.0.0.1:" + serverPort);
        }
        browser = shared;
        browser.open("/");
        browser.script("localStorage.clear()");
        browser.consoleErrors();
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /** Loads the page afresh on a view and waits until its module has put something on it. */
    void openView(String route) {
        browser.open("/?load=" + System.nanoTime() + "#/" + route);
        browser.waitForScript(
                "return document.querySelector('#view .view-container') !== null"
                        + " && document.querySelector('#loading').hidden");
    }
}
