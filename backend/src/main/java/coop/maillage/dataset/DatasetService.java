package coop.maillage.dataset;

import coop.maillage.neo4j.Database;
import coop.maillage.seed.ClusterJuraSeed;
import coop.maillage.seed.CsvDataset;
import coop.maillage.seed.CsvFile;
import coop.maillage.seed.DatasetLoader;
import coop.maillage.store.AuditTrail;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Loads the demonstration dataset and says what data the database holds. */
@Service
public class DatasetService {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetService.class);

    private final Database database;
    private final AuditTrail audit;

    DatasetService(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /** What the database holds. */
    public record Status(
            boolean demonstration, List<DatasetInfo> datasets, Map<String, Long> counts) {}

    /** A dataset recorded in the database. */
    public record DatasetInfo(String id, String name, boolean demonstration, String note) {}

    /** Whether the database holds no actor, project or event yet. */
    public boolean isEmpty() {
        return database.read(
                tx ->
                        tx.run(
                                        """
                                        OPTIONAL MATCH (n) WHERE n:Actor OR n:Project OR n:Event
                                        RETURN count(n) = 0 AS empty
                                        """)
                                .single()
                                .get("empty")
                                .asBoolean());
    }

    /** Loads (or reloads: it is idempotent) the Clus'Ter Jura demonstration dataset. */
    public Map<CsvFile, Integer> loadSeed() {
        Map<CsvFile, Integer> counts = load(ClusterJuraSeed.read(), ClusterJuraSeed.DESCRIPTION);
        LOG.info("Loaded the Clus'Ter Jura demonstration dataset: {}", counts);
        return counts;
    }

    /** Loads a dataset read from files, in one transaction, recorded under {@code name}. */
    public Map<CsvFile, Integer> load(CsvDataset dataset, String name) {
        return load(dataset, new DatasetLoader.Description(name, name, false, "Loaded from files"));
    }

    private Map<CsvFile, Integer> load(CsvDataset dataset, DatasetLoader.Description description) {
        try {
            return loader(dataset, description);
        } finally {
            database.written();
        }
    }

    private Map<CsvFile, Integer> loader(
            CsvDataset dataset, DatasetLoader.Description description) {
        return new DatasetLoader(
                        database.driver(), database.sessionConfig().database().orElse(null))
                .load(
                        dataset,
                        description,
                        (tx, counts) ->
                                audit.record(
                                        tx,
                                        "import",
                                        "dataset",
                                        description.id(),
                                        counts.toString()));
    }

    /** The datasets recorded and the number of records of each kind. */
    public Status status() {
        return database.read(
                tx -> {
                    List<DatasetInfo> datasets =
                            tx.run("MATCH (d:Dataset) RETURN d ORDER BY d.id")
                                    .list(
                                            r -> {
                                                var d = r.get("d").asNode();
                                                return new DatasetInfo(
                                                        d.get("id").asString(),
                                                        d.get("name").asString(null),
                                                        d.get("demonstration").asBoolean(false),
                                                        d.get("note").asString(null));
                                            });
                    Map<String, Long> counts =
                            tx.run(
                                            """
                                            CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
                                            CALL () { MATCH (n:Project) RETURN count(n) AS projects }
                                            CALL () { MATCH (n:Event) RETURN count(n) AS events }
                                            CALL () { MATCH ()-[r:MEMBER_OF]->()
                                                      RETURN count(r) AS memberships }
                                            CALL () { MATCH ()-[r:COLLABORATES_WITH]->()
                                                      RETURN count(r) AS collaborations }
                                            RETURN actors, projects, events, memberships,
                                                   collaborations
                                            """)
                                    .single()
                                    .asMap(v -> v.asLong());
                    boolean demonstration = datasets.stream().anyMatch(DatasetInfo::demonstration);
                    return new Status(demonstration, datasets, new java.util.TreeMap<>(counts));
                });
    }
}
