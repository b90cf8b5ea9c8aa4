package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administration view: accounts, backup, audit trail — for admins. */
class AdminIT extends BrowserIT {

    @BeforeEach
    void signInAsAdmin() {
        signOut();
        signIn(Role.ADMIN);
        browser.consoleErrors();
    }

    @AfterEach
    void endSession() {
        signOut();
    }

    @Test
    void shouldCreateAnAccountFromTheAdministrationView() {
        openView("admin");
        browser.waitForScript("return document.querySelectorAll('#users tbody tr').length > 0");
        browser.find("#new-username").sendKeys("board-member");
        browser.find("#new-password").sendKeys("a long enough passphrase");
        browser.find("#new-user button[type=submit]").click();
        browser.waitForScript(
                "return [...document.querySelectorAll('#users tbody th')]"
                        + ".some(th => th.textContent === 'board-member')");
        assertThat(browser.find("#backup-link").getAttribute("href")).endsWith("/api/admin/backup");
        browser.waitForScript("return document.querySelectorAll('#audit tbody tr').length > 0");
        browser.screenshot("admin");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
