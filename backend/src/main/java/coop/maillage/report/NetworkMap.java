package coop.maillage.report;

import java.util.List;

/**
 * The cooperation map of a year, laid out on the server ({@link MapLayout}): the actors with at
 * least one tie, placed in a {@link #WIDTH} × {@link #HEIGHT} box, and their ties.
 *
 * @param nodes the actors drawn, in id order
 * @param links the ties between them
 * @param isolated actors of the year without any tie, not drawn
 */
public record NetworkMap(List<Node> nodes, List<Link> links, int isolated) {

    static final double WIDTH = 640;
    static final double HEIGHT = 480;

    public NetworkMap {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /**
     * An actor on the map.
     *
     * @param id its id
     * @param x horizontal position
     * @param y vertical position (downwards)
     * @param degree its number of ties, which sizes it
     * @param sector its sector, which colours it; null when unknown
     * @param pole whether it is the pole
     * @param label the number written beside it: its rank among the bridging actors; or null
     */
    public record Node(
            String id, double x, double y, int degree, String sector, boolean pole, String label) {}

    /** A tie between two actors on the map, with its strength. */
    public record Link(double x1, double y1, double x2, double y2, double weight) {}
}
