package coop.maillage.importing;

import coop.maillage.store.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import/dataset}: files to import (a CSV named after its entity, a zip of them,
 * an {@code .xlsx} workbook, a GraphML or GEXF graph), checked first. A dry run lists every problem
 * (file, line, column, value, what is expected) and what would be created, updated or left
 * unchanged; a real run writes everything in one transaction, or nothing. With a {@code job} id,
 * {@code GET /api/import/progress/{job}} says how far it is.
 */
@RestController
@RequestMapping("/api/import")
@Tag(name = "import", description = "Import of spreadsheets, CSV files and graph files")
class ImportController {

    private final Importer importer;
    private final ImportJobs jobs;
    private final long maxBytes;

    ImportController(
            Importer importer,
            ImportJobs jobs,
            @Value("${maillage.web.max-upload-size:200MB}") DataSize maxUpload) {
        this.importer = importer;
        this.jobs = jobs;
        this.maxBytes = maxUpload.toBytes();
    }

    @PostMapping("/dataset")
    @Operation(
            summary =
                    "Check (dryRun=true, the default) or import files: CSV, zip, xlsx, GraphML,"
                            + " GEXF; mapping is a JSON column mapping, job a progress id")
    ResponseEntity<ImportReport> importDataset(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(required = false) String mapping,
            @RequestParam(required = false) String job)
            throws IOException {
        Progress progress = jobs.follow(job);
        ImportReport report;
        try (InputStream in = file.getInputStream();
                ImportSource source =
                        ImportSource.of(file.getOriginalFilename(), in, mapping, maxBytes)) {
            report = importer.run(source, !dryRun, progress);
        } catch (IllegalArgumentException e) {
            progress.update("done", 0, 0);
            String name =
                    file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            ImportProblem problem = new ImportProblem(name, null, 0, null, null, e.getMessage());
            report =
                    new ImportReport(
                            List.of(problem), 1, List.of(), Map.of(), Map.of(), Map.of(), false);
        }
        HttpStatus status =
                report.problemCount() > 0 && !dryRun
                        ? HttpStatus.UNPROCESSABLE_CONTENT
                        : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }

    @GetMapping("/progress/{job}")
    @Operation(summary = "How far an import with this job id is: phase, rows done, rows in all")
    ImportJobs.Status progress(@PathVariable String job) {
        return jobs.status(job).orElseThrow(() -> new NotFoundException("import job", job));
    }
}
