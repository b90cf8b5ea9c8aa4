package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A GraphML or GEXF file as tables of the data format. Nodes are actors, unless their {@code kind}
 * is {@code project} or {@code event} ({@code projet}, {@code événement}): then they are projects
 * or events. Edges follow their ends: actor–actor edges are collaborations (kind {@code
 * PARTNERSHIP} unless given), actor–project ones participations (role {@code PARTNER} unless
 * given), actor–event ones attendances, project–event ones emergences. An edge without an id is
 * {@code source--target}; an edge with several GEXF spells is one record per spell ({@code id:1},
 * {@code id:2}…), and a node spans its spells. Times written as GEXF writes them (decimal years,
 * {@code -Infinity} for an open end) are read as years and open ends.
 */
final class GraphTables {

    /** The node attribute that says a node is a project or an event. */
    static final String KIND = "kind";

    private static final Pattern DECIMAL_YEAR = Pattern.compile("-?\\d{1,4}\\.\\d*");
    private static final Set<String> INFINITE =
            Set.of("inf", "-inf", "+inf", "infinity", "-infinity", "+infinity");
    private static final Set<String> TIMES = Set.of("start", "end", "from", "to");

    private GraphTables() {}

    /** What the first reading of the file found: the nodes that are not actors, the headers. */
    static final class Scan {
        final Set<String> projects = new HashSet<>();
        final Set<String> events = new HashSet<>();
        final Map<CsvFile, Set<String>> headers = new EnumMap<>(CsvFile.class);
    }

    /** The tables of the file; a file that cannot be read gives a problem and no table. */
    static List<Table> of(Path path, Place place, boolean gexf, Problems problems)
            throws IOException {
        Scan scan = new Scan();
        try {
            scanNodes(path, gexf, scan);
            scanEdges(path, place, gexf, scan, problems);
        } catch (TableException e) {
            problems.add(ImportProblem.at(place, e.line(), null, null, e.getMessage()));
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        scan.headers.forEach(
                (entity, header) ->
                        tables.add(
                                new GraphTable(
                                        path, place, entity, gexf, scan, List.copyOf(header))));
        return tables;
    }

    private static void scanNodes(Path path, boolean gexf, Scan scan) throws IOException {
        try (GraphElements elements = new GraphElements(path, gexf)) {
            for (var node = elements.next(); node != null; node = elements.next()) {
                if (node.node()) {
                    scanNode(scan, node);
                }
            }
        }
    }

    private static void scanEdges(
            Path path, Place place, boolean gexf, Scan scan, Problems problems) throws IOException {
        try (GraphElements elements = new GraphElements(path, gexf)) {
            for (var edge = elements.next(); edge != null; edge = elements.next()) {
                if (edge.node()) {
                    continue;
                }
                CsvFile entity = edgeEntity(scan, edge);
                if (entity == null) {
                    problems.add(
                            ImportProblem.at(
                                    place,
                                    edge.line(),
                                    null,
                                    edge.source() + " -- " + edge.target(),
                                    "an edge between two projects or two events cannot be"
                                            + " imported; remove it"));
                    continue;
                }
                Set<String> header = header(scan, entity, edge);
                header.addAll(edge.attributes().keySet());
                if (!edge.spells().isEmpty()) {
                    header.add("start");
                    header.add("end");
                }
            }
        }
    }

    private static void scanNode(Scan scan, GraphElements.Element e) {
        CsvFile entity = nodeEntity(e);
        if (entity == CsvFile.PROJECTS) {
            scan.projects.add(e.id());
        } else if (entity == CsvFile.EVENTS) {
            scan.events.add(e.id());
        }
        Set<String> header = header(scan, entity, e);
        e.attributes().keySet().stream()
                .filter(name -> entity == CsvFile.ACTORS || !name.equals(KIND))
                .forEach(header::add);
        if (!e.spells().isEmpty()) {
            header.add("start");
            header.add("end");
        }
    }

    private static Set<String> header(Scan scan, CsvFile entity, GraphElements.Element e) {
        return scan.headers.computeIfAbsent(
                entity,
                f -> {
                    Set<String> header = new LinkedHashSet<>(List.of("id"));
                    switch (f) {
                        case PARTICIPATIONS -> header.addAll(List.of("actor", "project", "role"));
                        case ATTENDANCES -> header.addAll(List.of("actor", "target"));
                        case COLLABORATIONS -> header.addAll(List.of("source", "target", "kind"));
                        case EMERGENCES -> header.addAll(List.of("project", "origin"));
                        default -> {
                            // nodes: their attributes only
                        }
                    }
                    return header;
                });
    }

    static CsvFile nodeEntity(GraphElements.Element node) {
        String kind = node.attributes().get(KIND);
        String key = kind == null ? "" : Names.normalise(kind);
        return switch (key) {
            case "project", "projet" -> CsvFile.PROJECTS;
            case "event", "evenement" -> CsvFile.EVENTS;
            default -> CsvFile.ACTORS;
        };
    }

    /** The entity of an edge, from its ends; null for an edge between two non-actors. */
    static CsvFile edgeEntity(Scan scan, GraphElements.Element edge) {
        char a = type(scan, edge.source());
        char b = type(scan, edge.target());
        String ends = a < b ? "" + a + b : "" + b + a;
        return switch (ends) {
            case "AA" -> CsvFile.COLLABORATIONS;
            case "AP" -> CsvFile.PARTICIPATIONS;
            case "AE" -> CsvFile.ATTENDANCES;
            case "EP" -> CsvFile.EMERGENCES;
            default -> null;
        };
    }

    /** {@code P} for a project, {@code E} for an event, {@code A} for anything else. */
    static char type(Scan scan, String id) {
        if (scan.projects.contains(id)) {
            return 'P';
        }
        return scan.events.contains(id) ? 'E' : 'A';
    }

    /** A time value as the data format reads it: years for decimal years, "" for open ends. */
    static String time(String name, String value) {
        if (value == null || !TIMES.contains(name.toLowerCase(Locale.ROOT))) {
            return value;
        }
        String text = value.strip();
        if (INFINITE.contains(text.toLowerCase(Locale.ROOT))) {
            return "";
        }
        if (DECIMAL_YEAR.matcher(text).matches()) {
            return Integer.toString((int) Math.floor(Double.parseDouble(text)));
        }
        return text;
    }
}
