package coop.maillage.browser;

import coop.maillage.MaillageApplication;
import coop.maillage.dataset.DatasetService;
import coop.maillage.seed.CsvDataset;
import coop.maillage.support.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fluidity of the map: frames per second in headless Chromium (the map's requestAnimationFrame
 * counter, {@code window.maillageMap.frames}) while the force simulation lays out the last year,
 * then while the years play. The application runs in this process on a fresh embedded database into
 * which a dataset directory is loaded. Run by {@code bench/run-map-fps.sh}.
 *
 * <p>Arguments: the dataset directory (CSV data format), and optionally the seconds of each measure
 * (default 8).
 */
public final class MapFpsBenchmark {

    private static final String PASSWORD = "fluidity benchmark password";

    private MapFpsBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dataset = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 8;
        Path data = Files.createTempDirectory("maillage-fps-");
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(MaillageApplication.class)
                        .run(
                                "--server.port=0",
                                "--maillage.neo4j.uri=",
                                "--maillage.neo4j.data-dir=" + data,
                                "--maillage.neo4j.bolt-port=0",
                                "--maillage.seed.load-on-empty=false",
                                "--maillage.security.admin-password=" + PASSWORD)) {
            app.getBean(DatasetService.class)
                    .load(CsvDataset.fromDirectory(dataset), dataset.getFileName().toString());
            String port = app.getEnvironment().getProperty("local.server.port");
            measureMap("http://127.0.0.1:" + port, seconds);
        } finally {
            TempFiles.delete(data);
        }
    }

    private static void measureMap(String base, double seconds) throws InterruptedException {
        try (Browser browser = Browser.start(base)) {
            browser.open("/login");
            browser.find("#username").sendKeys("admin");
            browser.find("#password").sendKeys(PASSWORD);
            browser.find("#login-form button[type=submit]").click();
            browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
            browser.open("/#/carte");
            browser.waitForScript("return window.maillageMap && window.maillageMap.year !== null");
            System.out.printf(
                    Locale.ROOT,
                    "year %s: %s nodes, %s links, drawn in %s%n",
                    browser.script("return window.maillageMap.year"),
                    browser.script("return window.maillageMap.nodes"),
                    browser.script("return window.maillageMap.links"),
                    browser.script("return window.maillageMap.mode"));
            report("simulation running", measure(browser, seconds));
            System.out.println(
                    "screenshot: " + browser.screenshot("map-canvas-2000").toAbsolutePath());
            startPlayingFromRecentYears(browser);
            Object firstYear = browser.script("return window.maillageMap.year");
            double playing = measure(browser, seconds);
            Object lastYear = browser.script("return window.maillageMap.year");
            report("years playing (" + firstYear + " to " + lastYear + ")", playing);
        }
    }

    /** Moves the slider eight years back, so that the years played are the busiest. */
    private static void startPlayingFromRecentYears(Browser browser) {
        Object year =
                browser.script(
                        "const s = document.querySelector('#map-year');"
                                + " s.value = Math.max(Number(s.min), Number(s.max) - 8);"
                                + " s.dispatchEvent(new Event('input')); return Number(s.value);");
        browser.waitForScript("return window.maillageMap.year === " + year);
        browser.find("#map-play").click();
    }

    private static double measure(Browser browser, double seconds) throws InterruptedException {
        long frames = ((Number) browser.script("return window.maillageMap.frames")).longValue();
        double[] drawing = drawing(browser);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        long after = ((Number) browser.script("return window.maillageMap.frames")).longValue();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] drawn = drawing(browser);
        if (drawn[0] > drawing[0]) {
            System.out.printf(
                    Locale.ROOT,
                    "canvas drawing: %.1f ms each over %d drawings%n",
                    (drawn[1] - drawing[1]) / (drawn[0] - drawing[0]),
                    (long) (drawn[0] - drawing[0]));
        }
        return (after - frames) / elapsed;
    }

    /** The canvas drawings made so far and the milliseconds they took. */
    private static double[] drawing(Browser browser) {
        Object count = browser.script("return window.maillageMap.drawing?.count ?? 0");
        Object ms = browser.script("return window.maillageMap.drawing?.ms ?? 0");
        return new double[] {((Number) count).doubleValue(), ((Number) ms).doubleValue()};
    }

    private static void report(String phase, double fps) {
        System.out.printf(Locale.ROOT, "%s: %.1f frames per second%n", phase, fps);
    }
}
