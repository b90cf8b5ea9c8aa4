package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.security.Role;
import coop.maillage.support.DatabaseIT;
import coop.maillage.support.StreamedRequest;
import coop.maillage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each upload path has its own limit, named in the 413: imports {@code
 * maillage.web.max-upload-size} (200 MB), a backup sent to the restore {@code
 * maillage.backup.max-upload-size} (1 GB), however it is sent. The bodies are generated while sent;
 * a refusal comes before they are read.
 */
class UploadLimitsIT extends DatabaseIT {

    private static final long MEGABYTE = 1024L * 1024;
    private static final long IMPORT_LIMIT = 200 * MEGABYTE;
    private static final long BACKUP_LIMIT = 1024 * MEGABYTE;
    private static final long A_FEW_MEGABYTES = 20 * MEGABYTE;

    @LocalServerPort int port;

    private StreamedRequest post(String path) {
        return new StreamedRequest(port, "POST", path)
                .header("Authorization", "Bearer " + TestUsers.token(Role.ADMIN));
    }

    @Test
    void shouldRefuseAnImportJustOverItsLimitNamingTheUploadSetting() throws Exception {
        StreamedRequest.Result answer =
                post("/api/import/dataset?dryRun=true").multipartFile(IMPORT_LIMIT + 1).send();

        assertThat(answer.status()).as(answer.head()).isEqualTo(413);
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.get("setting").asString()).isEqualTo("maillage.web.max-upload-size");
        assertThat(problem.get("limit").asLong()).isEqualTo(IMPORT_LIMIT);
        assertThat(answer.bytesSent()).isLessThan(A_FEW_MEGABYTES);
    }

    @Test
    void shouldRefuseARestoreJustOverTheBackupLimitNamingTheBackupSetting() throws Exception {
        StreamedRequest.Result form =
                post("/api/admin/restore").multipartFile(BACKUP_LIMIT + 1).send();
        StreamedRequest.Result gzip =
                post("/api/admin/restore")
                        .header("Content-Type", "application/gzip")
                        .body(new byte[0], BACKUP_LIMIT + 1)
                        .send();

        for (StreamedRequest.Result answer : new StreamedRequest.Result[] {form, gzip}) {
            assertThat(answer.status()).as(answer.head()).isEqualTo(413);
            JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
            assertThat(problem.get("setting").asString())
                    .isEqualTo("maillage.backup.max-upload-size");
            assertThat(problem.get("limit").asLong()).isEqualTo(BACKUP_LIMIT);
            assertThat(answer.bytesSent()).isLessThan(A_FEW_MEGABYTES);
        }
    }

    @Test
    void shouldLetARestoreOverTheImportLimitThrough() throws Exception {
        // Declared just over the import limit: not refused for its size; its first bytes are not
        // gzip, so the restore refuses it as a file, after reading only those.
        StreamedRequest.Result answer =
                post("/api/admin/restore")
                        .header("Content-Type", "application/gzip")
                        .body(new byte[0], IMPORT_LIMIT + 1)
                        .send();

        assertThat(answer.status()).as(answer.head() + answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("invalid-backup");
    }
}
