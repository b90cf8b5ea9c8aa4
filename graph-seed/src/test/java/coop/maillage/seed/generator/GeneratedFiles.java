package coop.maillage.seed.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A generated territory read back with a plain CSV parser, and the format's rules as written in
 * {@code docs/data-format.md}, typed out here rather than taken from the generator.
 */
final class GeneratedFiles {

    static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("territories.csv", List.of("id", "name", "provenance"));
        HEADERS.put("colleges.csv", List.of("id", "name", "description", "provenance"));
        HEADERS.put(
                "actors.csv",
                List.of(
                        "id",
                        "name",
                        "kind",
                        "sector",
                        "commune",
                        "person",
                        "from",
                        "to",
                        "territory",
                        "provenance"));
        HEADERS.put(
                "projects.csv",
                List.of(
                        "id",
                        "name",
                        "domain",
                        "stage",
                        "status",
                        "legalForm",
                        "from",
                        "to",
                        "jobs",
                        "accompanied",
                        "scoreOwnership",
                        "scoreAnchoring",
                        "scoreHybrid",
                        "scoreResilience",
                        "scoreTotal",
                        "emergenceContext",
                        "territory",
                        "provenance"));
        HEADERS.put(
                "events.csv",
                List.of(
                        "id",
                        "name",
                        "type",
                        "from",
                        "to",
                        "participants",
                        "territory",
                        "provenance"));
        HEADERS.put(
                "workshops.csv",
                List.of("id", "name", "event", "project", "from", "participants", "provenance"));
        HEADERS.put(
                "memberships.csv",
                List.of("id", "actor", "pole", "college", "shares", "from", "to", "provenance"));
        HEADERS.put(
                "participations.csv",
                List.of("id", "actor", "project", "role", "from", "to", "provenance"));
        HEADERS.put(
                "attendances.csv", List.of("id", "actor", "target", "from", "to", "provenance"));
        HEADERS.put(
                "collaborations.csv",
                List.of("id", "source", "target", "kind", "weight", "from", "to", "provenance"));
        HEADERS.put("emergences.csv", List.of("id", "project", "origin", "from", "provenance"));
        HEADERS.put(
                "duplications.csv", List.of("id", "project", "territory", "from", "provenance"));
        HEADERS.put(
                "figures.csv",
                List.of(
                        "id",
                        "subject",
                        "metric",
                        "year",
                        "value",
                        "source",
                        "quote",
                        "usedBySeed",
                        "note",
                        "provenance"));
    }

    static final Set<String> ACTOR_KINDS =
            Set.of(
                    "POLE",
                    "COMPANY",
                    "LOCAL_GOVERNMENT",
                    "PUBLIC_BODY",
                    "ASSOCIATION",
                    "COOPERATIVE",
                    "RESEARCH_TRAINING",
                    "FUNDER",
                    "SUPPORT_NETWORK",
                    "NETWORK",
                    "CITIZEN",
                    "EMPLOYEE");
    static final Set<String> SECTORS =
            Set.of("ESS", "ENTREPRISE", "PUBLIC", "RECHERCHE", "CITOYEN", "FINANCEUR");
    static final Set<String> STAGES = Set.of("D1", "D2", "D3", "D4", "D5");
    static final Set<String> STATUSES = Set.of("IDEA", "EMERGING", "ACTIVE", "STOPPED");
    static final Set<String> EVENT_TYPES =
            Set.of(
                    "STARTUP_DE_TERRITOIRE",
                    "DEFI_TERRITORIAL",
                    "DEFI_CREATIF",
                    "DEFI_PROTOTYPAGE",
                    "ASSEMBLEE_GENERALE",
                    "REUNION_COLLEGE",
                    "OTHER");
    static final Set<String> ROLES =
            Set.of("LEAD", "PARTNER", "FUNDER", "FACILITATOR", "BENEFICIARY");
    static final Set<String> TIE_KINDS =
            Set.of("PARTNERSHIP", "POOLING", "AGREEMENT", "FUNDING", "SUPPORT", "NETWORK");

    private final Path directory;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();

    private GeneratedFiles(Path directory) {
        this.directory = directory;
    }

    static GeneratedFiles read(Path directory) {
        GeneratedFiles files = new GeneratedFiles(directory);
        for (String name : HEADERS.keySet()) {
            files.readFile(name);
        }
        return files;
    }

    private void readFile(String name) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader =
                        Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            headers.put(name, parser.getHeaderNames());
            List<Map<String, String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toMap());
            }
            rows.put(name, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> header(String file) {
        return headers.get(file);
    }

    List<Map<String, String>> rows(String file) {
        return rows.get(file);
    }

    List<String> column(String file, String column) {
        return rows(file).stream().map(row -> row.get(column)).toList();
    }

    Set<String> ids(String file) {
        return new HashSet<>(column(file, "id"));
    }

    Map<String, Map<String, String>> byId(String file) {
        return rows(file).stream().collect(Collectors.toMap(row -> row.get("id"), row -> row));
    }
}
