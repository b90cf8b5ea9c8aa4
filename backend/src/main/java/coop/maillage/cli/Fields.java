package coop.maillage.cli;

import coop.maillage.metrics.BrokerageRoles;
import coop.maillage.metrics.GraphMetrics;
import coop.maillage.metrics.GroupMetrics;
import coop.maillage.metrics.Metric;
import coop.maillage.metrics.NodeMetrics;
import coop.maillage.metrics.NullModel;
import java.util.List;
import java.util.function.Function;

/**
 * The scalar fields of the analysis results, in output order, shared by the JSON and the CSV output
 * so that both use the same names: the {@link Metric} ids.
 */
final class Fields {

    /** Graph-level scalars; the lists (bridges, articulation points, communities) come apart. */
    static final List<Field<GraphMetrics>> GRAPH =
            List.of(
                    field(Metric.NODES, GraphMetrics::nodes),
                    field(Metric.EDGES, GraphMetrics::edges),
                    field(Metric.DENSITY, GraphMetrics::density),
                    field(Metric.WEIGHTED_DENSITY, GraphMetrics::weightedDensity),
                    field(Metric.MEAN_DEGREE, GraphMetrics::meanDegree),
                    field(Metric.TOTAL_WEIGHT, GraphMetrics::totalWeight),
                    field(Metric.COMPONENTS, GraphMetrics::components),
                    field(Metric.LARGEST_COMPONENT_SHARE, GraphMetrics::largestComponentShare),
                    field(Metric.AVERAGE_CLUSTERING, GraphMetrics::averageClustering),
                    field(Metric.TRANSITIVITY, GraphMetrics::transitivity),
                    new Field<>("bridgeCount", GraphMetrics::bridgeCount),
                    new Field<>("articulationPointCount", GraphMetrics::articulationPointCount),
                    field(Metric.DEGREE_CENTRALIZATION, GraphMetrics::degreeCentralization),
                    field(
                            Metric.BETWEENNESS_CENTRALIZATION,
                            GraphMetrics::betweennessCentralization),
                    field(Metric.MODULARITY, GraphMetrics::modularity));

    /** Node-level scalars after the id; brokerage roles and attributes come apart. */
    static final List<Field<NodeMetrics>> NODE =
            List.of(
                    field(Metric.DEGREE, NodeMetrics::degree),
                    field(Metric.STRENGTH, NodeMetrics::strength),
                    field(Metric.BETWEENNESS, NodeMetrics::betweenness),
                    field(Metric.CLOSENESS, NodeMetrics::closeness),
                    field(Metric.HARMONIC, NodeMetrics::harmonic),
                    field(Metric.EIGENVECTOR, NodeMetrics::eigenvector),
                    field(Metric.PAGERANK, NodeMetrics::pagerank),
                    field(Metric.CLUSTERING, NodeMetrics::clustering),
                    field(Metric.CONSTRAINT, NodeMetrics::constraint),
                    field(Metric.EFFECTIVE_SIZE, NodeMetrics::effectiveSize),
                    new Field<>("community", NodeMetrics::community));

    /** The counts of each brokerage role. */
    static final List<Field<BrokerageRoles>> BROKERAGE =
            List.of(
                    new Field<>("coordinator", BrokerageRoles::coordinator),
                    new Field<>("consultant", BrokerageRoles::consultant),
                    new Field<>(
                            "gatekeeperRepresentative", BrokerageRoles::gatekeeperRepresentative),
                    new Field<>("liaison", BrokerageRoles::liaison),
                    new Field<>("total", BrokerageRoles::total));

    /** The group statistics, each with a permutation null model. */
    static final List<GroupStatistic> GROUP =
            List.of(
                    new GroupStatistic(
                            Metric.EI_INDEX, GroupMetrics::eiIndex, GroupMetrics::eiIndexNullModel),
                    new GroupStatistic(
                            Metric.WEIGHTED_EI_INDEX,
                            GroupMetrics::weightedEiIndex,
                            GroupMetrics::weightedEiIndexNullModel),
                    new GroupStatistic(
                            Metric.ASSORTATIVITY,
                            GroupMetrics::assortativity,
                            GroupMetrics::assortativityNullModel),
                    new GroupStatistic(
                            Metric.CROSS_GROUP_SHARE,
                            GroupMetrics::crossGroupShare,
                            GroupMetrics::crossGroupShareNullModel));

    /** The figures of a null model. */
    static final List<Field<NullModel>> NULL_MODEL =
            List.of(
                    new Field<>("expected", NullModel::expected),
                    new Field<>("standardDeviation", NullModel::standardDeviation),
                    new Field<>("zScore", NullModel::zScore),
                    new Field<>("pValue", NullModel::pValue),
                    new Field<>("permutations", NullModel::permutations),
                    new Field<>("seed", NullModel::seed));

    /**
     * A group statistic and its null model.
     *
     * @param metric the statistic
     * @param value its observed value
     * @param nullModel its null model, null when undefined or without permutations
     */
    record GroupStatistic(
            Metric metric,
            Function<GroupMetrics, Double> value,
            Function<GroupMetrics, NullModel> nullModel) {

        /** The key of the null model: {@code eiIndexNullModel}… */
        String nullModelName() {
            return metric.id() + "NullModel";
        }
    }

    private Fields() {}

    private static <T> Field<T> field(Metric metric, Function<T, Object> value) {
        return new Field<>(metric.id(), value);
    }
}
