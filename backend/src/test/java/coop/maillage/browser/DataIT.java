package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The Données forms: the API's validation messages next to their fields, conflicts, saving. */
class DataIT extends BrowserIT {

    private void type(String id, String text) {
        var input = browser.find("#" + id);
        input.clear();
        input.sendKeys(text);
    }

    private String error(String field) {
        browser.waitUntil(d -> browser.find("#e-actors-" + field).isDisplayed());
        return browser.text("#e-actors-" + field);
    }

    @Test
    void shouldShowEachValidationMessageNextToItsField() {
        openView("donnees/actors");
        type("f-actors-id", "with space");
        new Select(browser.find("#f-actors-kind")).selectByValue("CITIZEN");
        new Select(browser.find("#f-actors-sector")).selectByValue("CITOYEN");

        browser.find(".record-form button[type=submit]").click();

        assertThat(error("id")).contains("letters, digits");
        assertThat(error("name")).contains("must not be blank");
        assertThat(error("provenance")).contains("must not be blank");
        assertThat(error("person")).contains("must be true for kind CITIZEN");
        assertThat(browser.find("#f-actors-name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#f-actors-name").getAttribute("aria-describedby"))
                .isEqualTo("e-actors-name");
        assertThat(browser.text(".form-status")).contains("Non enregistré");
        browser.screenshot("data-validation");
        assertThat(api.get("/api/actors/with%20space").status()).isEqualTo(404);
    }

    @Test
    void shouldCreateAnActorOnceTheFormIsRight() {
        openView("donnees/actors");
        type("f-actors-id", "cit-test-1");
        type("f-actors-name", "Citoyenne de test");
        new Select(browser.find("#f-actors-kind")).selectByValue("CITIZEN");
        new Select(browser.find("#f-actors-sector")).selectByValue("CITOYEN");
        browser.find("#f-actors-person").click();
        type("f-actors-provenance", "illustrative");

        browser.find(".record-form button[type=submit]").click();

        browser.waitUntil(d -> browser.text(".form-status").contains("Enregistré"));
        var stored = api.get("/api/actors/cit-test-1");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().get("name").asString()).isEqualTo("Citoyenne de test");
        assertThat(stored.body().get("person").asBoolean()).isTrue();
    }

    @Test
    void shouldOfferAReloadWhenSomeoneElseChangedTheRecord() {
        openView("donnees/actors");
        browser.find(".record-link[data-id='ademe']").click();
        browser.waitUntil(d -> "ademe".equals(browser.find("#f-actors-id").getAttribute("value")));
        var current = api.get("/api/actors/ademe").body();
        String changed =
                current.toString().replace("\"name\":\"ADEME\"", "\"name\":\"ADEME (changed)\"");
        assertThat(api.put("/api/actors/ademe", changed).status()).isEqualTo(200);
        type("f-actors-commune", "Lons-le-Saunier");

        browser.find(".record-form button[type=submit]").click();

        browser.waitUntil(d -> browser.text(".form-status").contains("Quelqu'un"));
        browser.screenshot("data-conflict");
        browser.find(".form-status button").click();
        browser.waitUntil(
                d ->
                        "ADEME (changed)"
                                .equals(browser.find("#f-actors-name").getAttribute("value")));
    }
}
