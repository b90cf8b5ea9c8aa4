package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;

/**
 * Text that looks like HTML, typed into a form, is stored and shown as text: no element is created
 * from it, no script of it runs (no alert, no flag set, no console error such as a blocked inline
 * script), and the literal characters are what the user sees.
 */
class HostileTextIT extends BrowserIT {

    private static final String NAME =
            "<img src=x onerror=\"window.pwned=1;alert(1)\"><script>window.pwned=2</script>";

    private void type(String id, String text) {
        var input = browser.find("#" + id);
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void shouldShowHostileTextEnteredInAFormAsText() {
        openView("donnees/actors");
        type("f-actors-id", "aaa-hostile");
        type("f-actors-name", NAME);
        new Select(browser.find("#f-actors-kind")).selectByValue("CITIZEN");
        new Select(browser.find("#f-actors-sector")).selectByValue("CITOYEN");
        browser.find("#f-actors-person").click();
        type("f-actors-provenance", "<b>bold?</b>");
        browser.find(".record-form button[type=submit]").click();
        browser.waitUntil(d -> browser.text(".form-status").contains("Enregistré"));
        assertThat(api.get("/api/actors/aaa-hostile").body().get("name").asString())
                .isEqualTo(NAME);

        openView("donnees/actors");
        String link = ".record-link[data-id='aaa-hostile']";
        browser.waitUntil(d -> !browser.findAll(link).isEmpty());

        assertThat(browser.text(link)).contains(NAME);
        assertThat(browser.findAll("#view img[src='x'], #view script")).isEmpty();
        browser.find(link).click();
        browser.waitUntil(d -> NAME.equals(browser.find("#f-actors-name").getAttribute("value")));
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(alertShown()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private boolean alertShown() {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }
}
