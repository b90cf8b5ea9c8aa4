package coop.maillage.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A source of actor–actor ties in a snapshot. Direct collaborations join two actors; the two other
 * layers join an actor to a project or to an event/workshop and are projected onto actors.
 */
public enum Layer {
    /** Direct actor–actor collaborations (partnerships, pooling, agreements). */
    COLLABORATIONS,
    /** Co-participation in projects: the actor–project graph projected onto actors. */
    PROJECTS,
    /** Co-attendance of events and workshops: the actor–event graph projected onto actors. */
    WORKSHOPS;

    /**
     * The layers used when a query names none. Workshops are left out: meeting in a workshop is not
     * yet cooperating.
     */
    public static final Set<Layer> DEFAULTS = Set.of(COLLABORATIONS, PROJECTS);

    /** The name used in JSON and in query parameters: {@code collaborations}, {@code projects}… */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The layer with this JSON name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when the name is unknown
     */
    public static Layer fromName(String name) {
        for (Layer layer : values()) {
            if (layer.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return layer;
            }
        }
        String accepted =
                Arrays.stream(values()).map(Layer::jsonName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown layer \"" + name + "\": use one of " + accepted);
    }
}
