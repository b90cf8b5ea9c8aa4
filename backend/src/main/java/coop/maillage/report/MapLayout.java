package coop.maillage.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * A deterministic force-directed layout of a graph, for the report's cooperation map: the
 * Fruchterman–Reingold algorithm (Fruchterman &amp; Reingold 1991, "Graph drawing by force-directed
 * placement", Software: Practice and Experience 21(11)) as JGraphT's {@link FRLayoutAlgorithm2D}:
 * ties pull their ends together with force d²/k, every pair of nodes pushes apart with k²/d, where
 * k = C √(area / n), under a temperature that falls linearly over the iterations.
 *
 * <p>Deterministic: the initial random placement comes from a {@link Random} with a fixed seed, and
 * the algorithm visits the vertices in the graph's order (the snapshots' vertices are in increasing
 * id order), so the same graph gives the same coordinates, to the last bit, on any run. Coordinates
 * are rounded to a tenth of a unit, as they are drawn.
 *
 * <p>Complexity O(i (n² + m)) for i iterations ({@value #ITERATIONS}).
 */
final class MapLayout {

    /** Iterations of the force simulation. */
    static final int ITERATIONS = 300;

    /** C in k = C √(area / n): JGraphT's default. */
    static final double NORMALIZATION = FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR;

    /** The seed of the initial placement. */
    static final long SEED = 42L;

    private MapLayout() {}

    /** A point of the drawing. */
    record Position(double x, double y) {}

    /** The positions of the graph's vertices in a {@code width} × {@code height} box. */
    static <V, E> Map<V, Position> layout(Graph<V, E> graph, double width, double height) {
        Map<V, Position> positions = new LinkedHashMap<>();
        if (graph.vertexSet().isEmpty()) {
            return positions;
        }
        MapLayoutModel2D<V> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        new FRLayoutAlgorithm2D<V, E>(ITERATIONS, NORMALIZATION, new Random(SEED))
                .layout(graph, model);
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (V vertex : graph.vertexSet()) {
            Point2D point = model.get(vertex);
            box[0] = Math.min(box[0], point.getX());
            box[1] = Math.min(box[1], point.getY());
            box[2] = Math.max(box[2], point.getX());
            box[3] = Math.max(box[3], point.getY());
        }
        // The forces leave the drawing smaller than the box: stretch it to fill the box.
        for (V vertex : graph.vertexSet()) {
            Point2D point = model.get(vertex);
            positions.put(
                    vertex,
                    new Position(
                            round(stretch(point.getX(), box[0], box[2], width)),
                            round(stretch(point.getY(), box[1], box[3], height))));
        }
        return positions;
    }

    private static double stretch(double value, double min, double max, double size) {
        return max - min < 1e-9 ? size / 2 : (value - min) / (max - min) * size;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
