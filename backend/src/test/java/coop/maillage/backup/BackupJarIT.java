package coop.maillage.backup;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.ChildJvm;
import coop.maillage.support.ChildJvm.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's {@code backup} then {@code restore} into a new, empty data folder, as child processes:
 * everything comes back, the restore is audited, and the restore creates no first admin of its own
 * (the backup brings its accounts), so it prints no password that would not work.
 */
class BackupJarIT {

    private static final Pattern COUNTS = Pattern.compile("(\\d+) nodes and (\\d+) relationships");

    @TempDir Path dir;

    @Test
    void shouldBackUpAndRestoreIntoANewFolderWithoutCreatingAnAdmin() throws Exception {
        Path source = dir.resolve("source");
        Path target = dir.resolve("target");
        Path file = dir.resolve("maillage.jsonl.gz");
        assertThat(java(source, "seed").status()).isZero();

        Result backup = java(source, "backup", file.toString());
        Result restore = java(target, "restore", file.toString());
        Result again = java(target, "backup", dir.resolve("again.jsonl.gz").toString());

        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out())
                .contains("sign in with an account of the backup")
                .doesNotContain("First start", "password");
        long[] written = counts(backup.out());
        assertThat(counts(restore.out())).containsExactly(written);
        // One more node: the audit event of the restore.
        assertThat(counts(again.out())).containsExactly(written[0] + 1, written[1]);
    }

    private static long[] counts(String out) {
        Matcher m = COUNTS.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    private Result java(Path data, String... args) throws IOException, InterruptedException {
        return ChildJvm.jar(
                dir,
                Map.of(
                        "MAILLAGE_NEO4J_DATA_DIR", data.toString(),
                        "MAILLAGE_NEO4J_BOLT_PORT", "0",
                        "MAILLAGE_NEO4J_PAGE_CACHE", "32m",
                        "MAILLAGE_SEED", "false"),
                args);
    }
}
