package coop.maillage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the packaged application ({@code java -jar target/maillage.jar}, built by {@code package}
 * before the integration tests) in a child JVM, as a user does, with the environment it is given
 * and none of the parent's {@code MAILLAGE_*} variables, and captures all it prints.
 */
public final class ChildJvm {

    /** The packaged application. */
    public static final Path JAR = Path.of("target", "maillage.jar").toAbsolutePath();

    /** What Neo4j needs opened, as in the jar's manifest and the build's test JVMs. */
    public static final List<String> ADD_OPENS =
            Stream.of("java.nio", "java.io", "sun.nio.ch", "java.lang")
                    .flatMap(p -> Stream.of("--add-opens", "java.base/" + p + "=ALL-UNNAMED"))
                    .toList();

    private static final long TIMEOUT_SECONDS = 180;

    private ChildJvm() {}

    /** What a finished child printed and its exit status. */
    public record Result(int status, String out, String err) {

        /** Everything it printed, standard output then standard error, for assertion messages. */
        public String all() {
            return "exit status " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }

        /**
         * Asserts that the application refused to start with exactly one line, on standard error,
         * containing every one of {@code fragments}; that no log line at WARN or ERROR, no stack
         * trace and none of Spring's own failure messages came with it.
         */
        public void assertOneLineStartupFailure(String... fragments) {
            assertThat(status).as(all()).isEqualTo(1);
            assertThat(err.lines().toList()).as(all()).hasSize(1);
            assertThat(err).as(all()).startsWith("Maillage could not start: ").contains(fragments);
            String printed = out + err;
            assertThat(printed.lines().filter(l -> l.matches("^\\S+ (WARN|ERROR) .*")))
                    .as(all())
                    .isEmpty();
            assertThat(printed)
                    .as(all())
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception encountered")
                    .doesNotContain("UnsatisfiedDependencyException")
                    .doesNotContain("Error starting ApplicationContext")
                    .doesNotContain("APPLICATION FAILED TO START");
        }
    }

    /** Runs {@code java -jar maillage.jar args} in {@code workDir} with {@code env} and waits. */
    public static Result jar(Path workDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        assertThat(JAR).as("run mvn package first").exists();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MAILLAGE_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "the application did not stop in "
                            + TIMEOUT_SECONDS
                            + " s:\n"
                            + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The {@code java} launcher of the running JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
