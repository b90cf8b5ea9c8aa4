package coop.maillage.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the rows of each {@link CsvFile} go in the graph: a node label (with the reference columns
 * that are also relationships), or a relationship type between two referenced nodes.
 */
public record FileTarget(
        CsvFile file, String label, String type, Reference start, Reference end, List<Link> links) {

    /** A column that names a node of one of the given labels, defined in the given files. */
    public record Reference(String column, List<String> labels, List<CsvFile> definedIn) {}

    /** A node column that is also an outgoing relationship. */
    public record Link(String column, String type, String label, CsvFile definedIn) {}

    /** Whether the rows are nodes (else relationships). */
    public boolean node() {
        return label != null;
    }

    private static FileTarget node(CsvFile file, String label, Link... links) {
        return new FileTarget(file, label, null, null, null, List.of(links));
    }

    private static FileTarget rel(CsvFile file, String type, Reference start, Reference end) {
        return new FileTarget(file, null, type, start, end, List.of());
    }

    private static Reference ref(String column, String label, CsvFile definedIn) {
        return new Reference(column, List.of(label), List.of(definedIn));
    }

    private static final Reference EVENT_OR_WORKSHOP_TARGET =
            new Reference(
                    "target",
                    List.of("Event", "Workshop"),
                    List.of(CsvFile.EVENTS, CsvFile.WORKSHOPS));

    /** Every file's target, in load order: nodes first, then the relationships between them. */
    public static final List<FileTarget> ALL =
            List.of(
                    node(CsvFile.TERRITORIES, "Territory"),
                    node(CsvFile.COLLEGES, "College"),
                    node(CsvFile.ACTORS, "Actor"),
                    node(CsvFile.PROJECTS, "Project"),
                    node(CsvFile.EVENTS, "Event"),
                    node(
                            CsvFile.WORKSHOPS,
                            "Workshop",
                            new Link("event", "PART_OF", "Event", CsvFile.EVENTS),
                            new Link("project", "WORKED_ON", "Project", CsvFile.PROJECTS)),
                    node(CsvFile.FIGURES, "DocumentedFigure"),
                    rel(
                            CsvFile.MEMBERSHIPS,
                            "MEMBER_OF",
                            ref("actor", "Actor", CsvFile.ACTORS),
                            ref("pole", "Actor", CsvFile.ACTORS)),
                    rel(
                            CsvFile.PARTICIPATIONS,
                            "TAKES_PART_IN",
                            ref("actor", "Actor", CsvFile.ACTORS),
                            ref("project", "Project", CsvFile.PROJECTS)),
                    rel(
                            CsvFile.ATTENDANCES,
                            "ATTENDED",
                            ref("actor", "Actor", CsvFile.ACTORS),
                            EVENT_OR_WORKSHOP_TARGET),
                    rel(
                            CsvFile.COLLABORATIONS,
                            "COLLABORATES_WITH",
                            ref("source", "Actor", CsvFile.ACTORS),
                            ref("target", "Actor", CsvFile.ACTORS)),
                    rel(
                            CsvFile.EMERGENCES,
                            "EMERGED_FROM",
                            ref("project", "Project", CsvFile.PROJECTS),
                            new Reference(
                                    "origin",
                                    List.of("Event", "Workshop"),
                                    List.of(CsvFile.EVENTS, CsvFile.WORKSHOPS))),
                    rel(
                            CsvFile.DUPLICATIONS,
                            "DUPLICATED_IN",
                            ref("project", "Project", CsvFile.PROJECTS),
                            ref("territory", "Territory", CsvFile.TERRITORIES)));

    /**
     * The columns that name a record by its id without making a relationship of it: the territory
     * of an actor, a project or an event, the college of a membership. Like links, they must name a
     * record of the dataset (or, for an import, of the database).
     */
    public static final Map<CsvFile, List<Reference>> PROPERTY_REFERENCES =
            Map.of(
                    CsvFile.ACTORS,
                    List.of(ref("territory", "Territory", CsvFile.TERRITORIES)),
                    CsvFile.PROJECTS,
                    List.of(ref("territory", "Territory", CsvFile.TERRITORIES)),
                    CsvFile.EVENTS,
                    List.of(ref("territory", "Territory", CsvFile.TERRITORIES)),
                    CsvFile.MEMBERSHIPS,
                    List.of(ref("college", "College", CsvFile.COLLEGES)));

    /**
     * The relationship files whose two ends must be different records: a collaboration ties two
     * actors, a membership joins an actor to a pole that is not itself.
     */
    public static final Set<CsvFile> DISTINCT_ENDS =
            Set.of(CsvFile.COLLABORATIONS, CsvFile.MEMBERSHIPS);

    /**
     * What is wrong with a row of {@code file} whose end names the same record as its start (the
     * message follows the value).
     */
    public static String sameEnds(CsvFile file) {
        FileTarget target = ALL.stream().filter(t -> t.file() == file).findFirst().orElseThrow();
        return "is also the "
                + target.start().column()
                + ": a row of "
                + file.fileName()
                + " joins two different actors; correct one of them";
    }

    /** The type of each typed column; any other column is text. */
    public static final Map<String, ColumnType> COLUMN_TYPES =
            Map.ofEntries(
                    Map.entry("from", ColumnType.DATE_FROM),
                    Map.entry("to", ColumnType.DATE_TO),
                    Map.entry("person", ColumnType.BOOLEAN),
                    Map.entry("accompanied", ColumnType.BOOLEAN),
                    Map.entry("usedBySeed", ColumnType.BOOLEAN),
                    Map.entry("jobs", ColumnType.INTEGER),
                    Map.entry("participants", ColumnType.INTEGER),
                    Map.entry("shares", ColumnType.INTEGER),
                    Map.entry("year", ColumnType.INTEGER),
                    Map.entry("weight", ColumnType.DECIMAL),
                    Map.entry("value", ColumnType.DECIMAL),
                    Map.entry("scoreOwnership", ColumnType.DECIMAL),
                    Map.entry("scoreAnchoring", ColumnType.DECIMAL),
                    Map.entry("scoreHybrid", ColumnType.DECIMAL),
                    Map.entry("scoreResilience", ColumnType.DECIMAL),
                    Map.entry("scoreTotal", ColumnType.DECIMAL));
}
