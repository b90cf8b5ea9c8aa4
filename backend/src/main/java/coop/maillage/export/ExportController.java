package coop.maillage.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/export}: the network as GraphML, GEXF, CSV (a zip of nodes.csv and edges.csv) or
 * networkx node-link JSON, for one year or the whole history ({@code docs/export.md}); the whole
 * dataset in the CSV data format. Natural persons appear under their pseudonyms unless an admin
 * asks {@code names=true}. The export is built before the answer starts, so that a bad parameter is
 * a problem response; only the writing is streamed.
 */
@RestController
@RequestMapping("/api/export")
@Tag(name = "export", description = "Exports of the network and of the whole dataset")
class ExportController {

    private static final String ADMIN = "ROLE_ADMIN";
    private static final String CSV = "text/csv";

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/network.graphml")
    @Operation(summary = "The network as GraphML: a year's snapshot, or the whole history")
    ResponseEntity<StreamingResponseBody> graphml(
            @Valid @ParameterObject ExportParameters parameters, Authentication user) {
        return network(parameters, user, NetworkFormat.GRAPHML);
    }

    @GetMapping("/network.gexf")
    @Operation(summary = "The network as GEXF 1.3, dynamic for the whole history (Gephi)")
    ResponseEntity<StreamingResponseBody> gexf(
            @Valid @ParameterObject ExportParameters parameters, Authentication user) {
        return network(parameters, user, NetworkFormat.GEXF);
    }

    @GetMapping("/network.json")
    @Operation(summary = "The network as networkx node-link JSON")
    ResponseEntity<StreamingResponseBody> json(
            @Valid @ParameterObject ExportParameters parameters, Authentication user) {
        return network(parameters, user, NetworkFormat.JSON);
    }

    @GetMapping("/network.csv")
    @Operation(
            summary = "The network as CSV: a zip of nodes.csv and edges.csv, or one of them",
            description = "part=nodes or part=edges gives that file alone (text/csv).")
    ResponseEntity<StreamingResponseBody> csv(
            @Valid @ParameterObject ExportParameters parameters,
            @Parameter(description = "nodes or edges: one file instead of the zip")
                    @RequestParam(required = false)
                    String part,
            Authentication user) {
        if (part == null) {
            return network(parameters, user, NetworkFormat.CSV);
        }
        if (!List.of("nodes", "edges").contains(part)) {
            throw new coop.maillage.web.BadParameterException(
                    "part", "use nodes or edges, or leave it out for the zip of both");
        }
        ExportGraph graph = exports.network(checked(parameters, user), NetworkFormat.CSV);
        String name = parameters.request().fileStem() + "-" + part + ".csv";
        return download(
                name,
                CSV + ";charset=UTF-8",
                out -> {
                    if (part.equals("nodes")) {
                        CsvGraphWriter.writeNodes(graph, out);
                    } else {
                        CsvGraphWriter.writeEdges(graph, out);
                    }
                });
    }

    @GetMapping("/dataset.zip")
    @Operation(summary = "Every record in the CSV data format (docs/data-format.md), zipped")
    ResponseEntity<StreamingResponseBody> dataset(
            @Parameter(description = "names of natural persons instead of pseudonyms (admins)")
                    @RequestParam(defaultValue = "false")
                    boolean names,
            Authentication user) {
        checkNames(names, user);
        List<DatasetTable> tables = exports.dataset(names);
        return download(
                "maillage-dataset-" + LocalDate.now() + ".zip",
                NetworkFormat.CSV.mediaType(),
                out -> DatasetZipWriter.write(tables, out));
    }

    @ExceptionHandler(NamesNotAllowedException.class)
    ProblemDetail namesNotAllowed(NamesNotAllowedException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("https://maillage.coop/problems/names-need-admin"));
        problem.setTitle("Names need an admin");
        return problem;
    }

    private ResponseEntity<StreamingResponseBody> network(
            ExportParameters parameters, Authentication user, NetworkFormat format) {
        NetworkRequest request = checked(parameters, user);
        ExportGraph graph = exports.network(request, format);
        return download(
                request.fileStem() + "." + format.extension(),
                format.mediaType(),
                out -> format.write(graph, out));
    }

    private static NetworkRequest checked(ExportParameters parameters, Authentication user) {
        NetworkRequest request = parameters.request();
        checkNames(request.names(), user);
        return request;
    }

    private static void checkNames(boolean names, Authentication user) {
        boolean admin =
                user != null
                        && user.getAuthorities().stream()
                                .map(GrantedAuthority::getAuthority)
                                .anyMatch(ADMIN::equals);
        if (names && !admin) {
            throw new NamesNotAllowedException();
        }
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String filename, String mediaType, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
