package coop.maillage.export;

import java.util.Map;

/**
 * The declared type of an exported attribute, as GraphML ({@code attr.type}), GEXF ({@code type})
 * and JSON (a JSON number or boolean) write it. Types are fixed per attribute name, not guessed
 * from the values, so that every export of one kind declares the same schema.
 */
enum AttributeType {
    STRING("string", "string"),
    BOOLEAN("boolean", "boolean"),
    INTEGER("long", "long"),
    DOUBLE("double", "double");

    private static final Map<String, AttributeType> TYPES =
            Map.ofEntries(
                    Map.entry("year", INTEGER),
                    Map.entry("cumulative", BOOLEAN),
                    Map.entry("withoutPole", BOOLEAN),
                    Map.entry("pseudonymised", BOOLEAN),
                    Map.entry("person", BOOLEAN),
                    Map.entry("accompanied", BOOLEAN),
                    Map.entry("jobs", INTEGER),
                    Map.entry("degree", INTEGER),
                    Map.entry("community", INTEGER),
                    Map.entry("scoreTotal", DOUBLE),
                    Map.entry("strength", DOUBLE),
                    Map.entry("betweenness", DOUBLE),
                    Map.entry("closeness", DOUBLE),
                    Map.entry("harmonic", DOUBLE),
                    Map.entry("eigenvector", DOUBLE),
                    Map.entry("pagerank", DOUBLE),
                    Map.entry("clustering", DOUBLE),
                    Map.entry("constraint", DOUBLE),
                    Map.entry("effectiveSize", DOUBLE));

    private final String graphml;
    private final String gexf;

    AttributeType(String graphml, String gexf) {
        this.graphml = graphml;
        this.gexf = gexf;
    }

    /** The type of the attribute {@code name}; text unless it is one of the typed ones. */
    static AttributeType of(String name) {
        return TYPES.getOrDefault(name, STRING);
    }

    /** The GraphML {@code attr.type}. */
    String graphml() {
        return graphml;
    }

    /** The GEXF attribute {@code type}. */
    String gexf() {
        return gexf;
    }
}
