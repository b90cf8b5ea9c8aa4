package coop.maillage.analysis;

import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.PathWeighting;
import coop.maillage.network.Layer;
import coop.maillage.network.SnapshotQuery;
import coop.maillage.web.BadParameterException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The query parameters of the analysis endpoints. Limits keep every request bounded: years within a
 * century, at most {@value #MAX_PERMUTATIONS} permutations.
 */
public record AnalysisParameters(
        @Schema(description = "territory id; default: the territory with the most actors")
                @Size(max = 100)
                String territory,
        @Schema(description = "the year of the snapshot; default: the last year with data")
                @Min(1900)
                @Max(2200)
                Integer year,
        @Schema(description = "first year of a timeline") @Min(1900) @Max(2200) Integer from,
        @Schema(description = "last year of a timeline") @Min(1900) @Max(2200) Integer to,
        @Schema(
                        description = "comma-separated layers: collaborations, projects, workshops",
                        example = "collaborations,projects")
                @Size(max = 100)
                String layers,
        @Schema(description = "every tie formed up to the year, instead of the ties active in it")
                Boolean cumulative,
        @Schema(description = "analyse the network without the pole") Boolean withoutPole,
        @Schema(
                        description = "actor attribute defining groups: " + GROUP_BY_NAMES,
                        example = "sector")
                @Pattern(regexp = GROUP_BY_PATTERN, message = "must be one of " + GROUP_BY_NAMES)
                String groupBy,
        @Schema(description = "label permutations of the null models (0 to 10000)")
                @Min(0)
                @Max(MAX_PERMUTATIONS)
                Integer permutations,
        @Schema(description = "seed of every random choice") Long seed,
        @Schema(description = "distance = 1/weight in path metrics") Boolean weightedPaths) {

    static final String GROUP_BY_NAMES = "sector, college, kind, commune, territory";
    static final String GROUP_BY_PATTERN = "sector|college|kind|commune|territory";

    /**
     * The attributes a caller may group actors by: the categorical ones meant for it. Free names
     * would let a caller group by {@code name} and read persons' names as group labels.
     */
    public static final List<String> GROUP_BY = List.of(GROUP_BY_NAMES.split(", "));

    public static final int MAX_PERMUTATIONS = 10_000;
    public static final int MAX_YEARS = 100;
    static final int TIMELINE_DEFAULT_PERMUTATIONS = 200;

    /** The layers asked for, or the defaults. */
    public Set<Layer> layerSet() {
        return layerSet(layers);
    }

    /**
     * The layers a {@code layers} parameter names (comma-separated), or the defaults when it is
     * absent; an unknown name is a bad parameter.
     */
    public static Set<Layer> layerSet(String layers) {
        if (layers == null || layers.isBlank()) {
            return Layer.DEFAULTS;
        }
        Set<Layer> set = EnumSet.noneOf(Layer.class);
        for (String name : layers.split(",")) {
            try {
                set.add(Layer.fromName(name));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("layers", e.getMessage());
            }
        }
        return set;
    }

    /** The snapshot query of {@code snapshotYear}. */
    public SnapshotQuery snapshot(int snapshotYear) {
        return new SnapshotQuery(
                snapshotYear,
                Boolean.TRUE.equals(cumulative),
                layerSet(),
                Boolean.TRUE.equals(withoutPole));
    }

    /** The analysis options, with {@code defaultPermutations} when none was asked for. */
    public AnalysisOptions options(int defaultPermutations) {
        AnalysisOptions options =
                AnalysisOptions.DEFAULTS
                        .withPermutations(permutations == null ? defaultPermutations : permutations)
                        .withPathWeighting(
                                Boolean.TRUE.equals(weightedPaths)
                                        ? PathWeighting.INVERSE_WEIGHT
                                        : PathWeighting.UNWEIGHTED);
        return seed == null ? options : options.withSeed(seed);
    }
}
