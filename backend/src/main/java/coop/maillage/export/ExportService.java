package coop.maillage.export;

import coop.maillage.analysis.AnalysisParameters;
import coop.maillage.analysis.AnalysisService;
import coop.maillage.neo4j.Database;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.privacy.Pseudonyms;
import coop.maillage.store.AuditTrail;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the exports: a network (one year's snapshot with its metrics, or the whole history) and
 * the whole dataset in the CSV data format. Natural persons are pseudonymised unless names are
 * asked for; who may ask is the caller's business (the API lets only admins), and every export with
 * names is recorded in the audit trail before anything is written.
 */
@Service
class ExportService {

    private final AnalysisService analysis;
    private final Database database;
    private final Pseudonyms pseudonyms;
    private final AuditTrail audit;

    ExportService(
            AnalysisService analysis, Database database, Pseudonyms pseudonyms, AuditTrail audit) {
        this.analysis = analysis;
        this.database = database;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
    }

    /** The network {@code request} asks for, ready to write. */
    ExportGraph network(NetworkRequest request, NetworkFormat format) {
        AnalysisParameters parameters = parameters(request);
        if (request.names()) {
            recordNames("network", request.fileStem() + "." + format.extension());
        }
        if (request.history()) {
            TemporalNetwork network = analysis.network(parameters);
            return HistoryGraph.of(
                    network,
                    request.layers(),
                    request.withoutPole(),
                    request.territory(),
                    mask(persons(network.nodes()), request.names()));
        }
        AnalysisService.Analysed analysed = analysis.analyse(parameters);
        Set<String> persons =
                analysed.snapshot().attributes().entrySet().stream()
                        .filter(e -> "true".equals(e.getValue().get("person")))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
        return SnapshotGraph.of(analysed, request.territory(), mask(persons, request.names()));
    }

    /** Every record of the store as the files of the CSV data format. */
    List<DatasetTable> dataset(boolean names) {
        if (names) {
            recordNames("dataset", "dataset.zip");
        }
        List<DatasetTable> tables = database.read(DatasetReader::read);
        return new DatasetMask(mask(DatasetReader.persons(tables), names)).apply(tables);
    }

    private PersonMask mask(Set<String> persons, boolean names) {
        return names
                ? PersonMask.withNames(persons)
                : PersonMask.pseudonymising(persons, pseudonyms::of);
    }

    private static Set<String> persons(Collection<TemporalNode> nodes) {
        return nodes.stream()
                .filter(node -> node.mode() == NodeMode.ACTOR)
                .filter(node -> "true".equals(node.attribute("person")))
                .map(TemporalNode::id)
                .collect(Collectors.toSet());
    }

    private void recordNames(String entity, String what) {
        database.write(
                tx -> {
                    audit.record(tx, "export", entity, what, "with the names of natural persons");
                    return null;
                });
    }

    private static AnalysisParameters parameters(NetworkRequest request) {
        return new AnalysisParameters(
                request.territory(),
                request.year(),
                null,
                null,
                SnapshotGraph.layers(request.layers()),
                request.cumulative(),
                request.withoutPole(),
                null,
                null,
                null,
                null);
    }
}
