package coop.maillage.analysis;

import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.BlockDensityTable;
import coop.maillage.metrics.GraphMetrics;
import coop.maillage.metrics.GroupMetrics;
import coop.maillage.metrics.Metric;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.privacy.Privacy;
import coop.maillage.web.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The analysis of the cooperation network: snapshots, metrics, timeline, block table. */
@RestController
@RequestMapping("/api")
@Tag(name = "analysis", description = "Snapshots of the cooperation network and their metrics")
class AnalysisController {

    private final AnalysisService service;
    private final Privacy privacy;

    AnalysisController(AnalysisService service, Privacy privacy) {
        this.service = service;
        this.privacy = privacy;
    }

    /** Graph metrics of a snapshot, with the décloisonnement metrics when grouped. */
    record GraphAnswer(
            int year,
            GraphMetrics graph,
            GroupMetrics groups,
            AnalysisService.Betweenness betweenness) {}

    /** Node metrics of a snapshot. */
    record NodesAnswer(
            int year, List<NodeMetrics> nodes, AnalysisService.Betweenness betweenness) {}

    /** The timeline. */
    record TimelineAnswer(List<Timeline.Row> timeline) {}

    /** The block density table of a snapshot. */
    record BlocksAnswer(int year, String groupBy, BlockDensityTable blockDensity) {}

    /** A metric's definition. */
    record Definition(
            String id,
            String level,
            String labelFr,
            String labelEn,
            String formula,
            String normalisation,
            String reference,
            String complexity) {}

    @GetMapping("/network")
    @Operation(summary = "The snapshot of a year: nodes with attributes and metrics, links")
    NetworkView network(@Valid @ParameterObject AnalysisParameters parameters) {
        return NetworkView.of(service.analyse(parameters), privacy);
    }

    @GetMapping("/metrics/graph")
    @Operation(summary = "Graph-level metrics of a snapshot")
    GraphAnswer graph(@Valid @ParameterObject AnalysisParameters parameters) {
        var analysed = service.analyse(parameters);
        return new GraphAnswer(
                analysed.year(),
                analysed.result().graph(),
                analysed.result().groups(),
                analysed.betweenness());
    }

    @GetMapping("/metrics/nodes")
    @Operation(summary = "Node-level metrics of a snapshot")
    NodesAnswer nodes(@Valid @ParameterObject AnalysisParameters parameters) {
        var analysed = service.analyse(parameters);
        return new NodesAnswer(analysed.year(), analysed.result().nodes(), analysed.betweenness());
    }

    @GetMapping("/metrics/timeline")
    @Operation(summary = "Graph-level metrics year by year")
    TimelineAnswer timeline(@Valid @ParameterObject AnalysisParameters parameters) {
        return new TimelineAnswer(service.timeline(parameters));
    }

    @GetMapping("/metrics/blocks")
    @Operation(summary = "Density within and between groups (needs groupBy)")
    BlocksAnswer blocks(@Valid @ParameterObject AnalysisParameters parameters) {
        if (parameters.groupBy() == null) {
            throw new BadParameterException("groupBy", "required: e.g. groupBy=sector");
        }
        var analysed = service.analyse(parameters);
        return new BlocksAnswer(
                analysed.year(),
                parameters.groupBy(),
                analysed.result().groups() == null
                        ? null
                        : analysed.result().groups().blockDensity());
    }

    @GetMapping("/metrics/definitions")
    @Operation(summary = "Every metric: formula, normalisation, reference, complexity")
    List<Definition> definitions() {
        return Arrays.stream(Metric.values())
                .map(
                        m ->
                                new Definition(
                                        m.id(),
                                        m.level().name().toLowerCase(),
                                        m.labelFr(),
                                        m.labelEn(),
                                        m.formula(),
                                        m.normalisation(),
                                        m.reference(),
                                        m.complexity()))
                .toList();
    }
}
