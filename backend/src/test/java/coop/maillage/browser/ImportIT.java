package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.importing.ImportFiles;
import coop.maillage.support.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The import view: a dry run lists every problem by file, line, column and value, and writes
 * nothing; a clean file shows what it would create, then imports after confirmation.
 */
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

    @Test
    void shouldListTheErrorsOfAFrenchSpreadsheetAndWriteNothing() throws IOException {
        long actors = actorCount();
        Path sheet = files.resolve("Acteurs.csv");
        Files.write(
                sheet,
                ("\uFEFFIdentifiant;Nom;Type;Secteur;Date de début;Capital (€)\n"
                                + "fr-1;Scierie Vuillet;entreprise;Entreprise;14/03/2019;"
                                + "12 500,50\n"
                                + "fr-2;Amap du Lédonien;association;Solidaire;31/02/2020;\n")
                        .getBytes(StandardCharsets.UTF_8));

        openView("donnees/import");
        browser.find("#import-file").sendKeys(sheet.toString());
        browser.find("#import-check").click();
        browser.waitForScript(
                "return document.querySelector('.import-result table.import-problems') !== null");

        String table = browser.text(".import-result table");
        assertThat(table)
                .contains("Acteurs.csv", "Secteur", "Solidaire", "ESS, ENTREPRISE")
                .contains("Date de début", "31/02/2020", "no such day");
        assertThat(browser.findAll(".import-result tbody tr")).hasSize(2);
        assertThat(browser.find(".io-panel button.primary").isDisplayed()).isFalse();
        assertThat(actorCount()).as("a dry run writes nothing").isEqualTo(actors);
        browser.screenshot("import-french-errors");
    }

    @Test
    void shouldShowWhatAWorkbookWouldCreateBeforeImportingIt() throws IOException {
        Path workbook = files.resolve("equipe.xlsx");
        Files.write(workbook, ImportFiles.workbook(false));

        openView("donnees/import");
        browser.find("#import-file").sendKeys(workbook.toString());
        browser.find("#import-check").click();
        browser.waitForScript("return document.querySelector('table.import-changes') !== null");

        assertThat(browser.text("table.import-changes")).contains("actors.csv", "projects.csv");
        assertThat(browser.text(".import-notes")).contains("Notes");
        browser.find(".io-panel button.primary").click();
        browser.waitForScript(
                "return document.querySelector('.import-result .ok') !== null"
                        + " && !document.querySelector('.io-panel button.primary').offsetParent");
        assertThat(api.get("/api/actors/a1").status()).isEqualTo(200);
    }

    private long actorCount() {
        Api admin = api;
        return admin.get("/api/actors?size=1").body().get("total").asLong();
    }
}
