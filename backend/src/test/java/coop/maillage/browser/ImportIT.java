package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The import view: a dry run lists every problem by file and line, and writes nothing. */
class ImportIT extends BrowserIT {

    static final String HEADER =
            "id,name,kind,sector,commune,person,from,to,territory,provenance\n";

    @TempDir Path files;

    @Test
    void shouldListABadFilesErrorsByLineAndWriteNothing() throws IOException {
        long actors = actorCount();
        Path bad = files.resolve("actors.csv");
        Files.writeString(
                bad,
                HEADER
                        + "imp-1,Coopérative"
                        + " A,COOPERATIVE,ESS,,false,2020,,pays-ledonien,illustrative\n"
                        + "imp-2,Entreprise"
                        + " B,COMPANY,ENTREPRISE,,maybe,20x1,,pays-ledonien,illustrative\n",
                StandardCharsets.UTF_8);

        openView("donnees/import");
        browser.find("#import-file").sendKeys(bad.toString());
        browser.find("#import-check").click();
        browser.waitForScript("return document.querySelector('.import-result table') !== null");

        String table = browser.text(".import-result table");
        assertThat(table).contains("actors.csv", "3", "person", "from");
        assertThat(browser.driver().findElements(By.cssSelector(".import-result button")))
                .as("no way to run an import that has problems")
                .allMatch(button -> !button.isDisplayed());
        assertThat(actorCount()).as("a dry run writes nothing").isEqualTo(actors);
        browser.screenshot("import-errors");
    }

    @Test
    void shouldImportAValidFileAfterTheDryRun() throws IOException {
        long actors = actorCount();
        Path good = files.resolve("actors.csv");
        Files.writeString(
                good,
                HEADER
                        + "imp-3,Association C,ASSOCIATION,ESS,,false,2021,,pays-ledonien,"
                        + "illustrative\n",
                StandardCharsets.UTF_8);

        openView("donnees/import");
        browser.find("#import-file").sendKeys(good.toString());
        browser.find("#import-check").click();
        browser.waitForScript(
                "return [...document.querySelectorAll('.import-result + *, .io-panel button')]"
                        + ".some(b => b.offsetParent !== null && b.classList.contains('primary'))");
        browser.find(".io-panel button.primary").click();
        browser.waitForScript(
                "return document.querySelector('.import-result .ok') !== null"
                        + " && !document.querySelector('.io-panel button.primary').offsetParent");
        assertThat(actorCount()).isEqualTo(actors + 1);
    }

    private long actorCount() {
        Api admin = api;
        return admin.get("/api/actors?size=1").body().get("total").asLong();
    }
}
