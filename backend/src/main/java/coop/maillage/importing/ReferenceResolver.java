package coop.maillage.importing;

import coop.maillage.neo4j.Database;
import coop.maillage.seed.CsvFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the references an import does not define against the database: a participation may name
 * an actor imported last year. Each reference that names no record anywhere is a problem.
 */
final class ReferenceResolver {

    private static final int CHUNK = 10_000;

    private ReferenceResolver() {}

    static void resolve(Database database, List<Checker.Pending> pending, Problems problems) {
        Set<String> known = new HashSet<>();
        Map<String, Set<String>> byLabel =
                pending.stream()
                        .flatMap(
                                p ->
                                        p.reference().labels().stream()
                                                .map(label -> Map.entry(label, p.value())))
                        .collect(
                                Collectors.groupingBy(
                                        Map.Entry::getKey,
                                        Collectors.mapping(
                                                Map.Entry::getValue, Collectors.toSet())));
        byLabel.forEach((label, ids) -> known.addAll(existing(database, label, ids)));
        for (Checker.Pending reference : pending) {
            boolean found =
                    reference.reference().labels().stream()
                            .anyMatch(label -> known.contains(label + ":" + reference.value()));
            if (!found) {
                problems.add(
                        ImportProblem.at(
                                reference.place(),
                                reference.line(),
                                reference.column(),
                                reference.value(),
                                "names no record: not an id of "
                                        + files(reference.reference().definedIn())
                                        + " in the import, nor in the database; add that"
                                        + " row or correct the id"));
            }
        }
    }

    /** The ids of {@code ids} that a node of {@code label} has, as {@code label:id}. */
    private static Set<String> existing(Database database, String label, Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            found.addAll(
                    database.read(
                            tx ->
                                    tx.run(
                                                    "UNWIND $ids AS id MATCH (n:"
                                                            + label
                                                            + " {id: id}) RETURN n.id AS id",
                                                    Map.of("ids", chunk))
                                            .list(r -> label + ":" + r.get("id").asString())));
        }
        return found;
    }

    private static String files(List<CsvFile> files) {
        return files.stream().map(CsvFile::fileName).collect(Collectors.joining(" or "));
    }
}
