package coop.maillage.backup;

import coop.maillage.io.LimitedInputStream;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/admin/backup} streams a backup of the whole database as a download; {@code
 * /api/admin/restore} restores one into an empty database, uploaded as the {@code file} part of a
 * form ({@code multipart/form-data}) or as the request body ({@code application/gzip}), either
 * within {@code maillage.backup.max-upload-size}.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin", description = "Backup and restore of the whole database")
class BackupController {

    static final MediaType GZIP = MediaType.parseMediaType("application/gzip");
    private static final String PROBLEMS = "https://maillage.coop/problems/";

    private final BackupService backups;
    private final RestoreService restores;
    private final long maxUpload;

    BackupController(
            BackupService backups,
            RestoreService restores,
            @Value("${maillage.backup.max-upload-size:1GB}") DataSize maxUpload) {
        this.backups = backups;
        this.restores = restores;
        this.maxUpload = maxUpload.toBytes();
    }

    @GetMapping("/backup")
    @Operation(summary = "Download a backup of the whole database (gzip'd JSON lines)")
    ResponseEntity<StreamingResponseBody> backup() {
        String name = "maillage-backup-" + LocalDate.now() + ".jsonl.gz";
        backups.recordDownload(name);
        return ResponseEntity.ok()
                .contentType(GZIP)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out -> backups.backup(out));
    }

    @PostMapping(path = "/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Restore an uploaded backup into an empty database, all or nothing")
    RestoreService.Summary restore(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return restores.restore(
                    new LimitedInputStream(in, maxUpload, BackupTooLargeException::new));
        }
    }

    @PostMapping(
            path = "/restore",
            consumes = {"application/gzip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Restore a backup sent as the request body into an empty database")
    RestoreService.Summary restoreBody(InputStream body) {
        return restores.restore(
                new LimitedInputStream(body, maxUpload, BackupTooLargeException::new));
    }

    @ExceptionHandler(DatabaseNotEmptyException.class)
    ProblemDetail notEmpty(DatabaseNotEmptyException e) {
        ProblemDetail problem =
                problem(HttpStatus.CONFLICT, "database-not-empty", "Database not empty", e);
        problem.setDetail(e.getMessage() + "; " + e.fix());
        problem.setProperty("nodes", e.nodes());
        return problem;
    }

    @ExceptionHandler(BackupFileException.class)
    ProblemDetail badFile(BackupFileException e) {
        ProblemDetail problem =
                problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "invalid-backup",
                        "Invalid backup file",
                        e);
        problem.setProperty("line", e.line());
        return problem;
    }

    @ExceptionHandler(BackupTooLargeException.class)
    ProblemDetail tooLarge(BackupTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Backup too large", e);
    }

    private static ProblemDetail problem(
            HttpStatus status, String type, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(PROBLEMS + type));
        problem.setTitle(title);
        return problem;
    }
}
