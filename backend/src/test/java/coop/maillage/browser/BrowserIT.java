package coop.maillage.browser;

import coop.maillage.dataset.DatasetService;
import coop.maillage.security.Role;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the application on a real embedded Neo4j holding the Clus'Ter Jura
 * seed, and one headless Chromium per test class, French by default, signed in as an editor through
 * the login page.
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
        browser.open("/login");
        browser.script("localStorage.clear()");
        if (!signedIn()) {
            signIn(Role.EDITOR);
        }
        browser.consoleErrors();
    }

    private boolean signedIn() {
        Object status =
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch('/api/dataset').then(r => done(r.status));");
        return ((Number) status).intValue() == 200;
    }

    /**
     * Ends the session: leaves the application first (its requests still in flight would be refused
     * once the cookies are gone, and logged as console errors), then deletes the cookies from the
     * login page, since cookies can only be deleted from a page of their site.
     */
    void signOut() {
        browser.driver().get("about:blank");
        browser.open("/login");
        browser.driver().manage().deleteAllCookies();
        browser.consoleErrors();
    }

    /** Signs in through the login page, as the test user of a role. */
    void signIn(Role role) {
        browser.open("/login");
        browser.find("#username").sendKeys(TestUsers.username(role));
        browser.find("#password").sendKeys(TestUsers.password(role));
        browser.find("#login-form button[type=submit]").click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
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
