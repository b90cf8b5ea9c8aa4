package coop.maillage.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One in-process run of {@code analyse}: its exit status, standard output and standard error.
 *
 * @param status the exit status
 * @param out what it wrote on standard output
 * @param err what it wrote on standard error
 */
record CliRun(int status, String out, String err) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Runs {@code analyse} with {@code args}. */
    static CliRun analyse(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                AnalyseCommand.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The path of a test resource under {@code cli/}, e.g. {@code lesmis.graphml}. */
    static Path fixture(String name) {
        URL url = CliRun.class.getResource("/cli/" + name);
        if (url == null) {
            throw new IllegalStateException(
                    "Missing fixture cli/"
                            + name
                            + ": run backend/src/test/python/make_cli_fixtures.py");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON resource under {@code cli/}, e.g. networkx's expected values. */
    static JsonNode expected(String name) {
        return MAPPER.readTree(fixture(name).toFile());
    }

    /** Standard output read as JSON. */
    JsonNode json() {
        return MAPPER.readTree(out);
    }
}
