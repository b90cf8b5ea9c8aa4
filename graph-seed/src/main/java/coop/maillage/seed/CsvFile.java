package coop.maillage.seed;

import java.util.List;

/** The files of the Maillage CSV data format ({@code docs/data-format.md}) and their headers. */
public enum CsvFile {
    TERRITORIES("territories.csv", "id", "name", "provenance"),
    COLLEGES("colleges.csv", "id", "name", "description", "provenance"),
    ACTORS(
            "actors.csv",
            "id",
            "name",
            "kind",
            "sector",
            "commune",
            "person",
            "from",
            "to",
            "territory",
            "provenance"),
    PROJECTS(
            "projects.csv",
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
            "provenance"),
    EVENTS(
            "events.csv",
            "id",
            "name",
            "type",
            "from",
            "to",
            "participants",
            "territory",
            "provenance"),
    WORKSHOPS(
            "workshops.csv",
            "id",
            "name",
            "event",
            "project",
            "from",
            "participants",
            "provenance"),
    MEMBERSHIPS(
            "memberships.csv",
            "id",
            "actor",
            "pole",
            "college",
            "shares",
            "from",
            "to",
            "provenance"),
    PARTICIPATIONS(
            "participations.csv", "id", "actor", "project", "role", "from", "to", "provenance"),
    ATTENDANCES("attendances.csv", "id", "actor", "target", "from", "to", "provenance"),
    COLLABORATIONS(
            "collaborations.csv",
            "id",
            "source",
            "target",
            "kind",
            "weight",
            "from",
            "to",
            "provenance"),
    EMERGENCES("emergences.csv", "id", "project", "origin", "from", "provenance"),
    DUPLICATIONS("duplications.csv", "id", "project", "territory", "from", "provenance"),
    FIGURES(
            "figures.csv",
            "id",
            "subject",
            "metric",
            "year",
            "value",
            "source",
            "quote",
            "usedBySeed",
            "note",
            "provenance");

    private final String fileName;
    private final List<String> header;

    CsvFile(String fileName, String... header) {
        this.fileName = fileName;
        this.header = List.of(header);
    }

    /** The file name inside the territory directory, e.g. {@code actors.csv}. */
    public String fileName() {
        return fileName;
    }

    /** The column names, in the order the generator writes them. */
    public List<String> header() {
        return header;
    }
}
