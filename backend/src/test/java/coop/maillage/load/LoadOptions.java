package coop.maillage.load;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of a load test run, from the command line.
 *
 * @param port the application's HTTP port on 127.0.0.1
 * @param adminPassword the password of {@code admin}, used only to create the test's users
 * @param duration how long the measured phase lasts
 * @param warmup how long the same load runs before, unmeasured (errors still count)
 * @param readers the number of reader threads
 * @param seed the seed of the readers' and the editor's random choices
 * @param maxP99 the bound on every request kind's 99th percentile latency
 * @param report the Markdown file the results are written to
 */
record LoadOptions(
        int port,
        String adminPassword,
        Duration duration,
        Duration warmup,
        int readers,
        long seed,
        Duration maxP99,
        Path report) {

    static final int DEFAULT_DURATION_SECONDS = 60;
    static final int DEFAULT_WARMUP_SECONDS = 10;
    static final int DEFAULT_READERS = 50;
    static final long DEFAULT_SEED = 2024;

    /**
     * The default bound on p99, in milliseconds: even when 50 others click without pause on a
     * shared two-core machine, 99 answers in 100 come while a user still waits for them (well under
     * the 10 s at which attention goes), with room for a shared machine's noise over the ~2 s
     * measured there (see "Load test" in docs/benchmarks.md).
     */
    static final int DEFAULT_MAX_P99_MS = 3000;

    static final String USAGE =
            """
            Usage: LoadTest --port PORT [--admin-password TEXT] [--duration SECONDS]
                            [--warmup SECONDS] [--readers N] [--seed N] [--max-p99-ms MS]
                            [--report FILE]
            The admin password defaults to the environment variable MAILLAGE_ADMIN_PASSWORD.
            """;

    static LoadOptions parse(String[] args) {
        Integer port = null;
        String password = System.getenv("MAILLAGE_ADMIN_PASSWORD");
        int duration = DEFAULT_DURATION_SECONDS;
        int warmup = DEFAULT_WARMUP_SECONDS;
        int readers = DEFAULT_READERS;
        long seed = DEFAULT_SEED;
        int maxP99 = DEFAULT_MAX_P99_MS;
        Path report = Path.of("load-test.md");
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[i + 1];
            switch (name) {
                case "--port" -> port = number(name, value, 1, 65535);
                case "--admin-password" -> password = value;
                case "--duration" -> duration = number(name, value, 1, 3600);
                case "--warmup" -> warmup = number(name, value, 0, 600);
                case "--readers" -> readers = number(name, value, 1, 500);
                case "--seed" -> seed = Long.parseLong(value);
                case "--max-p99-ms" -> maxP99 = number(name, value, 1, 600_000);
                case "--report" -> report = Path.of(value);
                default ->
                        throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (port == null) {
            throw new IllegalArgumentException("--port is required\n" + USAGE);
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException(
                    "no admin password: give --admin-password or set MAILLAGE_ADMIN_PASSWORD");
        }
        return new LoadOptions(
                port,
                password,
                Duration.ofSeconds(duration),
                Duration.ofSeconds(warmup),
                readers,
                seed,
                Duration.ofMillis(maxP99),
                report);
    }

    private static int number(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + ": " + n + " is not in " + min + "–" + max);
        }
        return n;
    }
}
