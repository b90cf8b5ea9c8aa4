package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportCommandTest {

    @Test
    void shouldReadTheOptionsWithTheirDefaults() {
        ReportCommand.Options options =
                ReportCommand.parse(new String[] {"--year", "2024", "--out", "r.pdf"});
        assertThat(options)
                .isEqualTo(
                        new ReportCommand.Options(
                                2024, Language.FR, ReportService.Format.PDF, Path.of("r.pdf")));
        assertThat(
                        ReportCommand.parse(
                                        new String[] {
                                            "--out", "r.html", "--lang", "en", "--year", "2019"
                                        })
                                .format())
                .isEqualTo(ReportService.Format.HTML);
        assertThat(
                        ReportCommand.parse(
                                        new String[] {
                                            "--year", "2019", "--format", "pdf", "--out", "r.html"
                                        })
                                .format())
                .isEqualTo(ReportService.Format.PDF);
    }

    @Test
    void shouldNameTheOptionToFix() {
        assertThatThrownBy(() -> ReportCommand.parse(new String[] {"--out", "r.pdf"}))
                .hasMessageContaining("--year is required");
        assertThatThrownBy(() -> ReportCommand.parse(new String[] {"--year", "20x4"}))
                .hasMessageContaining("--year takes a year");
        assertThatThrownBy(
                        () -> ReportCommand.parse(new String[] {"--year", "2024", "--lang", "de"}))
                .hasMessageContaining("--lang takes fr or en");
        assertThatThrownBy(() -> ReportCommand.parse(new String[] {"--year"}))
                .hasMessageContaining("--year needs a value");
    }

    @Test
    void shouldExitWithStatus2AndTheUsageOnBadOptions() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                ReportCommand.run(
                        new String[] {"--colour", "red"},
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown option '--colour'")
                .contains(ReportCommand.USAGE);
    }
}
