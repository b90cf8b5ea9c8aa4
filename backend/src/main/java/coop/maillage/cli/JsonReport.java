package coop.maillage.cli;

import coop.maillage.hypothesis.Timeline;
import coop.maillage.metrics.BetweennessMode;
import coop.maillage.metrics.BlockDensityTable;
import coop.maillage.metrics.GraphMetrics;
import coop.maillage.metrics.GroupMetrics;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.metrics.NullModel;
import coop.maillage.metrics.PathWeighting;
import coop.maillage.metrics.Tie;
import coop.maillage.network.Layer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON output of {@code analyse}: {@code input}, {@code options}, {@code graph}, {@code nodes}
 * (sorted by id), {@code groups} with {@code --group-by}, {@code timeline} with {@code --timeline}.
 * Keys are the {@link coop.maillage.metrics.Metric} ids in a fixed order; undefined values (and
 * NaN) are {@code null}, so equal inputs and options give equal bytes.
 */
final class JsonReport {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {}

    /** The report as indented UTF-8 JSON ending with a newline. */
    static String write(Analysis.Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        AnalyseSettings settings = report.settings();
        root.put("input", settings.input().label());
        root.set("options", options(report));
        ObjectNode graph = root.putObject("graph");
        graph(graph, report.result().graph(), report.result().groups());
        ArrayNode nodes = root.putArray("nodes");
        report.result().nodes().stream()
                .sorted(Comparator.comparing(NodeMetrics::id))
                .forEach(node -> nodes.add(node(node, report.snapshot().attributes())));
        if (report.result().groups() != null) {
            root.set("groups", groups(settings.groupBy(), report.result().groups()));
        }
        if (report.timeline() != null) {
            ArrayNode timeline = root.putArray("timeline");
            for (Timeline.Row row : report.timeline()) {
                ObjectNode year = timeline.addObject();
                year.put("year", row.year());
                graph(year, row.graph(), row.groups());
                if (row.groups() != null) {
                    year.set("groups", groups(settings.groupBy(), row.groups()));
                }
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode options(Analysis.Report report) {
        AnalyseSettings settings = report.settings();
        ObjectNode options = MAPPER.createObjectNode();
        options.put("nodes", pathOrNull(settings.input().nodes()));
        options.put("edges", pathOrNull(settings.input().edges()));
        options.put("year", settings.year());
        options.put("cumulative", settings.cumulative());
        ArrayNode layers = options.putArray("layers");
        settings.layers().stream().sorted().map(Layer::jsonName).forEach(layers::add);
        options.put("withoutPole", settings.withoutPole());
        options.put("groupBy", settings.groupBy());
        options.put("timeline", settings.timeline());
        options.put("from", report.years() == null ? null : report.years().first());
        options.put("to", report.years() == null ? null : report.years().last());
        options.put("permutations", settings.analysis().permutations());
        options.put("seed", settings.analysis().seed());
        boolean weighted = settings.analysis().pathWeighting() == PathWeighting.INVERSE_WEIGHT;
        options.put("weightedPaths", weighted);
        options.put("pathDistance", weighted ? "1/weight" : "1 per tie");
        options.put("betweenness", EnumNames.camelCase(settings.analysis().betweennessMode()));
        options.put(
                "samples",
                settings.analysis().betweennessMode() == BetweennessMode.SAMPLED
                        ? settings.analysis().betweennessSamples()
                        : null);
        options.put("format", settings.format().optionName());
        return options;
    }

    private static String pathOrNull(Path path) {
        return path == null ? null : path.toString();
    }

    private static void graph(ObjectNode target, GraphMetrics graph, GroupMetrics groups) {
        for (Field<GraphMetrics> field : Fields.GRAPH) {
            // each list goes just before its count, the communities after their modularity
            switch (field.name()) {
                case "bridgeCount" -> bridges(target.putArray("bridges"), graph.bridges());
                case "articulationPointCount" -> {
                    ArrayNode points = target.putArray("articulationPoints");
                    graph.articulationPoints().forEach(points::add);
                }
                default -> {}
            }
            put(target, field.name(), field.of(graph));
        }
        if (graph.communities() == null) {
            target.putNull("communities");
        } else {
            ArrayNode communities = target.putArray("communities");
            for (List<String> community : graph.communities()) {
                ArrayNode members = communities.addArray();
                community.forEach(members::add);
            }
        }
        if (groups != null) {
            for (Fields.GroupStatistic statistic : Fields.GROUP) {
                put(target, statistic.metric().id(), statistic.value().apply(groups));
            }
        }
        target.put("pathWeighting", EnumNames.camelCase(graph.pathWeighting()));
        target.put("betweennessSources", graph.betweennessSources());
    }

    private static void bridges(ArrayNode target, List<Tie> bridges) {
        for (Tie tie : bridges) {
            target.addObject().put("source", tie.source()).put("target", tie.target());
        }
    }

    private static ObjectNode node(NodeMetrics node, Map<String, Map<String, String>> attributes) {
        ObjectNode target = MAPPER.createObjectNode();
        target.put("id", node.id());
        for (Field<NodeMetrics> field : Fields.NODE) {
            put(target, field.name(), field.of(node));
        }
        if (node.brokerage() == null) {
            target.putNull("brokerage");
        } else {
            ObjectNode brokerage = target.putObject("brokerage");
            Fields.BROKERAGE.forEach(f -> put(brokerage, f.name(), f.of(node.brokerage())));
        }
        ObjectNode values = target.putObject("attributes");
        new TreeMap<>(attributes.getOrDefault(node.id(), Map.of())).forEach(values::put);
        return target;
    }

    private static ObjectNode groups(String attribute, GroupMetrics groups) {
        ObjectNode target = MAPPER.createObjectNode();
        target.put("attribute", attribute);
        target.put("labelledNodes", groups.labelledNodes());
        target.put("unlabelledNodes", groups.unlabelledNodes());
        for (Fields.GroupStatistic statistic : Fields.GROUP) {
            put(target, statistic.metric().id(), statistic.value().apply(groups));
            NullModel model = statistic.nullModel().apply(groups);
            if (model == null) {
                target.putNull(statistic.nullModelName());
            } else {
                ObjectNode nullModel = target.putObject(statistic.nullModelName());
                Fields.NULL_MODEL.forEach(f -> put(nullModel, f.name(), f.of(model)));
            }
        }
        target.set("blockDensity", blockDensity(groups.blockDensity()));
        return target;
    }

    private static ObjectNode blockDensity(BlockDensityTable table) {
        ObjectNode target = MAPPER.createObjectNode();
        ArrayNode names = target.putArray("groups");
        table.groups().forEach(names::add);
        ArrayNode density = target.putArray("density");
        for (List<Double> row : table.density()) {
            ArrayNode cells = density.addArray();
            row.forEach(cells::add);
        }
        ArrayNode ties = target.putArray("ties");
        for (List<Integer> row : table.ties()) {
            ArrayNode cells = ties.addArray();
            row.forEach(cells::add);
        }
        return target;
    }

    /** Puts a number, a string or null; NaN and infinities are written as null. */
    private static void put(ObjectNode target, String key, Object value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            target.putNull(key);
        } else if (value instanceof Integer i) {
            target.put(key, i);
        } else if (value instanceof Long l) {
            target.put(key, l);
        } else if (value instanceof Double d) {
            target.put(key, d);
        } else {
            target.put(key, value.toString());
        }
    }
}
