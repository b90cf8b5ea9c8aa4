package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.generate.StarGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class MapLayoutTest {

    static Graph<String, DefaultEdge> graph() {
        return new SimpleGraph<>(
                SupplierUtil.createStringSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    }

    @Test
    void shouldLayOutNothingForTheEmptyGraph() {
        assertThat(MapLayout.layout(graph(), 100, 100)).isEmpty();
    }

    @Test
    void shouldGiveTheSameCoordinatesForTheSameGraph() {
        Graph<String, DefaultEdge> a = graph();
        new StarGraphGenerator<String, DefaultEdge>(12).generateGraph(a);
        Graph<String, DefaultEdge> b = graph();
        new StarGraphGenerator<String, DefaultEdge>(12).generateGraph(b);
        Map<String, MapLayout.Position> first = MapLayout.layout(a, 600, 400);
        assertThat(MapLayout.layout(b, 600, 400)).isEqualTo(first);
        assertThat(first).hasSize(12);
    }

    @Test
    void shouldKeepEveryActorInsideTheBox() {
        Graph<String, DefaultEdge> star = graph();
        new StarGraphGenerator<String, DefaultEdge>(30).generateGraph(star);
        MapLayout.layout(star, 600, 400)
                .values()
                .forEach(
                        p -> {
                            assertThat(p.x()).isBetween(0.0, 600.0);
                            assertThat(p.y()).isBetween(0.0, 400.0);
                        });
    }

    @Test
    void shouldDrawTheSameSeedMapTwice() {
        assertThat(
                        ReportBuilder.build(
                                        SeedReports.FACTS,
                                        SeedReports.NETWORK,
                                        2019,
                                        SeedReports::pseudonym)
                                .map())
                .isEqualTo(SeedReports.of(2019).map());
        assertThat(SeedReports.of(2019).map().nodes()).hasSizeGreaterThan(50);
    }
}
