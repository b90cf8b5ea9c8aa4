package coop.maillage.dataset;

import coop.maillage.seed.CsvDataset;
import coop.maillage.seed.CsvFile;
import coop.maillage.seed.DatasetException;
import coop.maillage.seed.DatasetProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import/dataset}: a dataset in the CSV data format (a zip of its files, or one
 * file), checked first. A dry run lists every problem (file, line, column, what is expected) and
 * what would be written; a real run writes everything in one transaction, or nothing.
 */
@RestController
@RequestMapping("/api/import")
@Tag(name = "import", description = "Import of datasets in the CSV data format")
class ImportController {

    private final DatasetService datasets;
    private final long maxBytes;

    ImportController(
            DatasetService datasets,
            @Value("${maillage.web.max-upload-size:200MB}") DataSize maxUpload) {
        this.datasets = datasets;
        this.maxBytes = maxUpload.toBytes();
    }

    /**
     * The answer: the problems found (empty when the dataset is valid), the rows per file that
     * would be or were written, and whether anything was written.
     */
    record ImportAnswer(
            List<DatasetProblem> problems,
            Map<String, Integer> wouldCreate,
            Map<String, Integer> created,
            boolean written) {}

    @PostMapping("/dataset")
    @Operation(summary = "Check (dryRun=true, the default) or load a dataset in the CSV format")
    ResponseEntity<ImportAnswer> importDataset(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun)
            throws IOException {
        CsvDataset dataset;
        try (InputStream in = file.getInputStream();
                DatasetUpload upload = DatasetUpload.of(file.getOriginalFilename(), in, maxBytes)) {
            dataset = CsvDataset.fromDirectory(upload.directory());
        } catch (DatasetException e) {
            return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(new ImportAnswer(e.problems(), Map.of(), Map.of(), false));
        }
        Map<String, Integer> rows = rows(dataset);
        if (dryRun) {
            return ResponseEntity.ok(new ImportAnswer(List.of(), rows, Map.of(), false));
        }
        String name = "import-" + safe(file.getOriginalFilename());
        Map<String, Integer> created = new TreeMap<>();
        datasets.load(dataset, name).forEach((f, n) -> created.put(f.fileName(), n));
        return ResponseEntity.ok(new ImportAnswer(List.of(), Map.of(), created, true));
    }

    private static Map<String, Integer> rows(CsvDataset dataset) {
        Map<String, Integer> rows = new TreeMap<>();
        for (CsvFile file : CsvFile.values()) {
            if (!dataset.rows(file).isEmpty()) {
                rows.put(file.fileName(), dataset.rows(file).size());
            }
        }
        return rows;
    }

    private static String safe(String filename) {
        String name = filename == null ? "upload" : filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() > 80 ? name.substring(0, 80) : name;
    }
}
