package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code import} command's arguments: a usage error is status 2 and one line, no database. */
class ImportCommandTest {

    @TempDir Path work;

    @Test
    void shouldReadTheFileTheApplyFlagAndTheMapping() throws IOException {
        Path file = Files.writeString(work.resolve("acteurs.csv"), "id\n");
        Path mapping = Files.writeString(work.resolve("mapping.json"), "{}");

        ImportCommand.Arguments arguments =
                ImportCommand.Arguments.parse(
                        new String[] {"--mapping", mapping.toString(), file.toString(), "--apply"});

        assertThat(arguments).isEqualTo(new ImportCommand.Arguments(file, mapping, true));
        assertThat(ImportCommand.Arguments.parse(new String[] {file.toString()}).apply())
                .as("a dry run unless --apply")
                .isFalse();
    }

    @Test
    void shouldRefuseMissingOrUnexpectedArguments() throws IOException {
        Path file = Files.writeString(work.resolve("acteurs.csv"), "id\n");

        assertThat(run()).isEqualTo("2 error: name a file to import");
        assertThat(run(work.resolve("none.csv").toString()))
                .isEqualTo("2 error: no file " + work.resolve("none.csv"));
        assertThat(run(file.toString(), "--force"))
                .isEqualTo("2 error: unexpected argument '--force'");
        assertThat(run(file.toString(), "--mapping", "none.json"))
                .isEqualTo("2 error: no mapping file none.json");
        assertThat(run(file.toString(), "--mapping"))
                .isEqualTo("2 error: unexpected argument '--mapping'");
    }

    /** The status and the first line of standard error. */
    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                ImportCommand.run(
                        args,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return status + " " + err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }
}
