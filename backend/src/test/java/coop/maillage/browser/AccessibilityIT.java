package coop.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core 4.14.1 (Deque Systems, MPL-2.0, vendored from the npm registry in the test resources)
 * audits every view against WCAG 2 A and AA: labels, names, contrast, landmarks, ARIA use.
 */
class AccessibilityIT extends BrowserIT {

    private static final String AUDIT =
            "const done = arguments[arguments.length - 1];"
                    + " axe.run(document, {runOnly: {type: 'tag',"
                    + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                    + " + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))"
                    + ".join(', '))))"
                    + ".catch(e => done(['axe failed: ' + e]));";

    private static String axe() {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/browser/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "#/{0}")
    @ValueSource(
            strings = {
                "carte",
                "evolution",
                "hypotheses",
                "methodologie",
                "projets",
                "rapport",
                "donnees",
                "donnees/import",
                "donnees/export"
            })
    void shouldPassTheAxeAuditOfWcagAAndAa(String route) {
        openView(route);
        browser.waitForScript("return document.querySelector('h1') !== null");
        browser.waitForScript(
                "return document.querySelectorAll('.map-nodes circle, .chart svg, .card,"
                        + " .definition, .score-chart, .record-link, #import-file, #export-network,"
                        + " .report-links a').length > 0");
        browser.script(axe());

        Object violations = browser.asyncScript(AUDIT);

        assertThat((java.util.List<?>) violations).as("axe violations on #/" + route).isEmpty();
    }
}
