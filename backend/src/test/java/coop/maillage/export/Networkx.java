package coop.maillage.export;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * networkx, the independent reader of the exports: {@code read_export.py} (next to the tests'
 * resources) reads a file with networkx and prints what it holds as JSON. Without python3 and
 * networkx the tests that need it are skipped with a message, except under continuous integration
 * ({@code CI=true}) where that is a failure.
 */
final class Networkx {

    static final Path SCRIPT = Path.of("src/test/resources/export/read_export.py");
    private static final String INSTALL =
            "the export tests read the exports with networkx (apt-get install -y python3"
                    + " python3-networkx)";
    private static final long TIMEOUT_SECONDS = 120;
    private static Boolean installed;

    private Networkx() {}

    /** Skips the calling test (or fails it under CI) when python3 or networkx is missing. */
    static void require() {
        if (installed == null) {
            installed = run(List.of("python3", "-c", "import networkx")).status() == 0;
        }
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + INSTALL + "; .ci/run installs them");
        }
        assumeTrue(installed, () -> "Export test skipped: " + INSTALL);
    }

    /** What networkx reads in {@code file}, a {@code format} export (graphml, gexf, json, csv). */
    static JsonNode read(String format, Path file) {
        Result result = run(List.of("python3", SCRIPT.toString(), format, file.toString()));
        if (result.status() != 0) {
            fail("networkx could not read the " + format + " export: " + result.err());
        }
        return JsonMapper.builder().build().readTree(result.out());
    }

    private record Result(int status, String out, String err) {}

    private static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("python3 took more than " + TIMEOUT_SECONDS + " s");
            }
            return new Result(
                    process.exitValue(),
                    new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (command.get(1).equals("-c")) {
                return new Result(127, "", e.getMessage());
            }
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
