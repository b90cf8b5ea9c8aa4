package coop.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Davis, Gardner &amp; Gardner (1941), <i>Deep South</i>: 18 women and the 14 social events they
 * attended, the classic two-mode network. The expected projection comes from networkx {@code
 * bipartite.weighted_projected_graph} (see {@code src/test/python/make_network_fixtures.py}).
 */
class DavisSouthernWomenTest {

    @Test
    void shouldProjectAttendanceOntoWomenAsNetworkxDoes() throws IOException {
        List<String[]> attendance = rows("davis-southern-women-attendance.csv");
        Set<String> women = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        List<TemporalTie> ties = new ArrayList<>();
        for (String[] row : attendance) {
            women.add(row[0]);
            events.add(row[1]);
            ties.add(new TemporalTie(row[0], row[1], Layer.PROJECTS, 1, null));
        }
        List<TemporalNode> nodes = new ArrayList<>();
        women.forEach(w -> nodes.add(new TemporalNode(w, NodeMode.ACTOR, null, null)));
        events.forEach(e -> nodes.add(new TemporalNode(e, NodeMode.PROJECT, null, null)));

        Snapshot snapshot =
                SnapshotBuilder.build(
                        new TemporalNetwork(nodes, ties, null), SnapshotQuery.ofYear(1936));

        List<String> expected = new ArrayList<>();
        for (String[] row : rows("davis-southern-women-projection.csv")) {
            expected.add(row[0] + "-" + row[1] + "=" + Double.parseDouble(row[2]));
        }
        assertThat(attendance).hasSize(89);
        assertThat(snapshot.graph().vertexSet()).hasSize(18);
        assertThat(snapshot.graph().edgeSet()).hasSize(139);
        assertThat(SnapshotBuilderTest.edges(snapshot))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                DavisSouthernWomenTest.class.getResourceAsStream(
                                        "/network/" + resource),
                                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",")).toList();
        }
    }
}
