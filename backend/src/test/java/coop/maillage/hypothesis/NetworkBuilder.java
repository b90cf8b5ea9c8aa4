package coop.maillage.hypothesis;

import coop.maillage.network.Interval;
import coop.maillage.network.Layer;
import coop.maillage.network.NodeMode;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.TemporalNode;
import coop.maillage.network.TemporalTie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small hand-built temporal networks for the hypothesis tests; years stand for whole years. */
final class NetworkBuilder {

    private final List<TemporalNode> nodes = new ArrayList<>();
    private final List<TemporalTie> ties = new ArrayList<>();
    private String poleId;

    /** An actor of a sector, present from {@code from} on (null: always). */
    NetworkBuilder actor(String id, String sector, Integer from) {
        return actor(id, sector, from, null);
    }

    NetworkBuilder actor(String id, String sector, Integer from, Integer to) {
        nodes.add(
                new TemporalNode(
                        id, NodeMode.ACTOR, Map.of("sector", sector), Interval.ofYears(from, to)));
        return this;
    }

    /** The pole, an ESS actor of kind POLE. */
    NetworkBuilder pole(String id, Integer from) {
        nodes.add(
                new TemporalNode(
                        id,
                        NodeMode.ACTOR,
                        Map.of("sector", "ESS", "kind", "POLE"),
                        Interval.ofYears(from, null)));
        poleId = id;
        return this;
    }

    /** A project with string attributes given as name, value, name, value… */
    NetworkBuilder project(String id, Integer from, Integer to, String... attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        nodes.add(new TemporalNode(id, NodeMode.PROJECT, map, Interval.ofYears(from, to)));
        return this;
    }

    NetworkBuilder collaboration(String a, String b, Integer from, Integer to) {
        ties.add(new TemporalTie(a, b, Layer.COLLABORATIONS, 1, Interval.ofYears(from, to)));
        return this;
    }

    NetworkBuilder participation(String actor, String project, Integer from, Integer to) {
        ties.add(new TemporalTie(actor, project, Layer.PROJECTS, 1, Interval.ofYears(from, to)));
        return this;
    }

    /** The network; its pole id is that of {@link #pole}, if any. */
    TemporalNetwork build() {
        return new TemporalNetwork(nodes, ties, poleId);
    }

    /** The network without a pole id (a pole of kind POLE is still found by its kind). */
    TemporalNetwork buildWithoutPoleId() {
        return new TemporalNetwork(nodes, ties, null);
    }
}
