package coop.maillage.report;

/** The cooperation map as inline SVG, in the subset {@link Charts} describes. */
final class MapChart {

    private MapChart() {}

    /** The cooperation map: ties first, then actors sized by degree, the pole outlined. */
    static void map(Xhtml x, NetworkMap map, String title) {
        int width = (int) NetworkMap.WIDTH;
        int height = (int) NetworkMap.HEIGHT;
        Charts.svg(x, width, height, "map", title);
        x.empty(
                "rect",
                "x",
                "0.5",
                "y",
                "0.5",
                "width",
                Charts.n(width - 1),
                "height",
                Charts.n(height - 1),
                "fill",
                "#ffffff",
                "stroke",
                Charts.GRID,
                "stroke-width",
                "1");
        x.open("g", "class", "links");
        for (NetworkMap.Link link : map.links()) {
            x.empty(
                    "line",
                    "x1",
                    Charts.n(link.x1()),
                    "y1",
                    Charts.n(link.y1()),
                    "x2",
                    Charts.n(link.x2()),
                    "y2",
                    Charts.n(link.y2()),
                    "stroke",
                    "#9a9a9a",
                    "stroke-width",
                    Charts.n(Math.min(3, 0.6 + 0.4 * link.weight())),
                    "stroke-opacity",
                    "0.6");
        }
        x.close();
        x.open("g", "class", "nodes");
        for (NetworkMap.Node node : map.nodes()) {
            x.empty(
                    "circle",
                    "cx",
                    Charts.n(node.x()),
                    "cy",
                    Charts.n(node.y()),
                    "r",
                    Charts.n(radius(node)),
                    "fill",
                    Charts.colour(node.sector()),
                    "stroke",
                    node.pole() ? Charts.INK : "#ffffff",
                    "stroke-width",
                    node.pole() ? "2" : "0.8");
        }
        x.close();
        x.open("g", "class", "labels");
        for (NetworkMap.Node node : map.nodes()) {
            if (node.label() != null) {
                boolean left = node.x() > width * 0.7;
                double dx = (radius(node) + 3) * (left ? -1 : 1);
                x.element(
                        "text",
                        node.label(),
                        "x",
                        Charts.n(node.x() + dx),
                        "y",
                        Charts.n(node.y() + 4),
                        "font-size",
                        "11",
                        "font-weight",
                        "bold",
                        "fill",
                        Charts.INK,
                        "text-anchor",
                        left ? "end" : "start");
            }
        }
        x.close();
        x.close();
    }

    static double radius(NetworkMap.Node node) {
        return Math.min(14, 2.5 + 1.6 * Math.sqrt(node.degree()));
    }
}
