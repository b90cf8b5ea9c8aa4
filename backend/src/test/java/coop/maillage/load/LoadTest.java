package coop.maillage.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Load test of a running Maillage on 127.0.0.1: a fixed pool of reader threads (50 by default) asks
 * for maps and metrics of different years while one editor creates, updates and deletes actors and
 * collaborations; after a warm-up, every request of the measured phase is timed. Prints and writes
 * (Markdown) the requests, errors, throughput and latency percentiles per request kind, and exits
 * with 0 when there was no error and every p99 is within the bound, 1 otherwise, 2 on bad options
 * or a failed setup. {@code bench/run-load-test.sh} starts the application and runs it.
 */
public final class LoadTest {

    private LoadTest() {}

    public static void main(String[] args) {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options) ? 0 : 1);
        } catch (IllegalStateException | IOException e) {
            System.err.println("Load test setup failed: " + e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(2);
        }
    }

    static boolean run(LoadOptions options) throws IOException, InterruptedException {
        HttpClient http = Api.client();
        String run = Long.toString(System.currentTimeMillis(), 36);
        Recorder setup = new Recorder();
        Accounts.Tokens tokens = Accounts.create(http, options, run, setup);
        Recorder recorder = new Recorder();
        Api editor = Api.bearer(http, options.port(), tokens.editor(), setup);
        EditorLoop.Territory territory = EditorLoop.Territory.read(editor);

        System.out.printf(
                "Load test: %d readers + 1 editor on 127.0.0.1:%d, %d s warm-up, %d s measured%n",
                options.readers(),
                options.port(),
                options.warmup().toSeconds(),
                options.duration().toSeconds());
        long measureFrom = System.nanoTime() + options.warmup().toNanos();
        long deadline = measureFrom + options.duration().toNanos();
        List<Runnable> loops = new ArrayList<>();
        for (int i = 0; i < options.readers(); i++) {
            Api api = Api.bearer(http, options.port(), tokens.viewer(), recorder);
            loops.add(new ReaderLoop(api, options.seed() + i, deadline));
        }
        Api writer = Api.bearer(http, options.port(), tokens.editor(), recorder);
        loops.add(new EditorLoop(writer, territory, run, options.seed() - 1, deadline));
        runAll(loops, deadline, recorder);

        List<Sample> samples = new ArrayList<>(setup.all());
        samples.addAll(recorder.all());
        LoadReport report =
                LoadReport.of(samples, measureFrom, options.duration(), options.maxP99());
        String markdown = header(options) + report.markdown();
        System.out.println();
        System.out.println(markdown);
        Path file = options.report().toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println("Wrote " + file);
        return report.passed();
    }

    /** Runs every loop on its own thread and waits for all: each stops at the deadline. */
    private static void runAll(List<Runnable> loops, long deadline, Recorder recorder)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(loops.size());
        List<Future<?>> futures = loops.stream().<Future<?>>map(pool::submit).toList();
        pool.shutdown();
        // A loop sends no request after the deadline, and a request gives up after its timeout.
        long wait = deadline - System.nanoTime() + 2 * Api.REQUEST_TIMEOUT.toNanos();
        if (!pool.awaitTermination(Math.max(wait, 0), TimeUnit.NANOSECONDS)) {
            pool.shutdownNow();
            recorder.add(new Sample("load test", System.nanoTime(), 0, 0, "a loop did not stop"));
        }
        for (Future<?> future : futures) {
            try {
                future.get(1, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                recorder.add(
                        new Sample(
                                "load test",
                                System.nanoTime(),
                                0,
                                0,
                                "a loop failed: " + e.getCause()));
            } catch (java.util.concurrent.TimeoutException
                    | java.util.concurrent.CancellationException e) {
                recorder.add(
                        new Sample("load test", System.nanoTime(), 0, 0, "a loop did not stop"));
            }
        }
    }

    private static String header(LoadOptions options) {
        return String.format(
                "Run of %s: %d readers + 1 editor, %d s measured after %d s of warm-up, seed"
                        + " %d.%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                options.readers(),
                options.duration().toSeconds(),
                options.warmup().toSeconds(),
                options.seed());
    }
}
