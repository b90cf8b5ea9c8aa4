package coop.maillage.analysis;

import coop.maillage.hypothesis.HypothesisReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/hypotheses}: the pole's hypotheses answered for a range of years. */
@RestController
@RequestMapping("/api/hypotheses")
@Tag(name = "hypotheses", description = "H1–H4 and the project-diversity question, answered")
class HypothesisController {

    private final AnalysisService service;

    HypothesisController(AnalysisService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(
            summary =
                    "Verdicts with their rule, figures, method and sentences in French and English",
            description =
                    "Parameters: from, to (default: every year with data), layers, cumulative,"
                            + " groupBy (default sector), permutations (default 1000), seed.")
    HypothesisReport answer(@Valid @ParameterObject AnalysisParameters parameters) {
        return service.hypotheses(parameters);
    }
}
