package coop.maillage.hypothesis;

import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import coop.maillage.seed.CsvDataset;
import coop.maillage.seed.CsvFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Temporal networks read from a dataset in the CSV format, for tests: actors (ACTOR nodes with
 * sector, kind, commune, name and the college of their membership), projects (PROJECT nodes with
 * stage, status, scoreTotal and facilitators = the actors with role FACILITATOR), events and
 * workshops (EVENT nodes; a one-day event or workshop without an end lasts its day), and the ties
 * of participations (PROJECTS), collaborations (COLLABORATIONS) and attendances (WORKSHOPS).
 */
public final class SeedNetworks {

    /** The classpath folder of the Clus'Ter Jura seed. */
    public static final String CLUSTER_JURA = "seed/clusterjura";

    private SeedNetworks() {}

    /** The Clus'Ter Jura seed as a temporal network, its pole the actor of kind POLE. */
    public static TemporalNetwork clusterJura() {
        return of(CsvDataset.fromClasspath(CLUSTER_JURA));
    }

    public static TemporalNetwork of(CsvDataset data) {
        List<TemporalNode> nodes = new ArrayList<>();
        String poleId = actors(data, nodes);
        projects(data, nodes);
        for (CsvDataset.Row row : data.rows(CsvFile.EVENTS)) {
            nodes.add(event(row, (LocalDate) row.values().get("to")));
        }
        for (CsvDataset.Row row : data.rows(CsvFile.WORKSHOPS)) {
            nodes.add(event(row, null));
        }
        List<TemporalTie> ties = new ArrayList<>();
        for (CsvDataset.Row row : data.rows(CsvFile.PARTICIPATIONS)) {
            ties.add(tie(row, "actor", "project", Layer.PROJECTS, null));
        }
        for (CsvDataset.Row row : data.rows(CsvFile.COLLABORATIONS)) {
            ties.add(
                    tie(row, "source", "target", Layer.COLLABORATIONS, row.values().get("weight")));
        }
        for (CsvDataset.Row row : data.rows(CsvFile.ATTENDANCES)) {
            ties.add(tie(row, "actor", "target", Layer.WORKSHOPS, null));
        }
        return new TemporalNetwork(nodes, ties, poleId);
    }

    /** Adds the actors; returns the id of the one of kind POLE, or null. */
    private static String actors(CsvDataset data, List<TemporalNode> nodes) {
        Map<String, String> colleges = new HashMap<>();
        for (CsvDataset.Row row : data.rows(CsvFile.MEMBERSHIPS)) {
            colleges.put(text(row, "actor"), text(row, "college"));
        }
        String poleId = null;
        for (CsvDataset.Row row : data.rows(CsvFile.ACTORS)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String name : List.of("name", "kind", "sector", "commune")) {
                put(attributes, name, text(row, name));
            }
            put(attributes, "college", colleges.get(row.id()));
            if ("POLE".equals(text(row, "kind")) && poleId == null) {
                poleId = row.id();
            }
            nodes.add(new TemporalNode(row.id(), NodeMode.ACTOR, attributes, interval(row)));
        }
        return poleId;
    }

    private static void projects(CsvDataset data, List<TemporalNode> nodes) {
        Map<String, List<String>> facilitators = new HashMap<>();
        for (CsvDataset.Row row : data.rows(CsvFile.PARTICIPATIONS)) {
            if ("FACILITATOR".equals(text(row, "role"))) {
                facilitators
                        .computeIfAbsent(text(row, "project"), p -> new ArrayList<>())
                        .add(text(row, "actor"));
            }
        }
        for (CsvDataset.Row row : data.rows(CsvFile.PROJECTS)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String name : List.of("name", "stage", "status", "scoreTotal")) {
                put(attributes, name, text(row, name));
            }
            List<String> ids = facilitators.get(row.id());
            put(attributes, "facilitators", ids == null ? null : String.join(" ", ids));
            nodes.add(new TemporalNode(row.id(), NodeMode.PROJECT, attributes, interval(row)));
        }
    }

    private static TemporalNode event(CsvDataset.Row row, LocalDate to) {
        LocalDate from = (LocalDate) row.values().get("from");
        Interval interval = new Interval(from, to != null ? to : from);
        return new TemporalNode(
                row.id(), NodeMode.EVENT, Map.of("name", text(row, "name")), interval);
    }

    private static TemporalTie tie(
            CsvDataset.Row row, String source, String target, Layer layer, Object weight) {
        double value =
                weight == null ? TemporalTie.DEFAULT_WEIGHT : ((Number) weight).doubleValue();
        return new TemporalTie(text(row, source), text(row, target), layer, value, interval(row));
    }

    private static Interval interval(CsvDataset.Row row) {
        return new Interval(
                (LocalDate) row.values().get("from"), (LocalDate) row.values().get("to"));
    }

    private static String text(CsvDataset.Row row, String column) {
        Object value = row.values().get(column);
        return value == null ? null : value.toString();
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }
}
