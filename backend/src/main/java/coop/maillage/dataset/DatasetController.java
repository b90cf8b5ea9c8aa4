package coop.maillage.dataset;

import coop.maillage.seed.CsvFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/dataset}: what data the database holds, and loading the demonstration dataset. */
@RestController
@RequestMapping("/api/dataset")
@Tag(name = "dataset", description = "What the database holds; the demonstration dataset")
class DatasetController {

    private final DatasetService service;

    DatasetController(DatasetService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Datasets loaded, whether this is demonstration data, record counts")
    DatasetService.Status status() {
        return service.status();
    }

    @PostMapping("/seed")
    @Operation(summary = "Load the Clus'Ter Jura demonstration dataset (idempotent)")
    Map<CsvFile, Integer> loadSeed() {
        return service.loadSeed();
    }
}
