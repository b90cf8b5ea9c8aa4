package coop.maillage.hypothesis;

import coop.maillage.metrics.AnalysisOptions;
import coop.maillage.metrics.CommunityDetection;
import coop.maillage.network.Layer;
import coop.maillage.network.YearRange;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the hypotheses are answered for.
 *
 * @param years the range of years, inclusive
 * @param layers the layers whose ties count; null for {@link Layer#DEFAULTS}
 * @param cumulative cumulative snapshots (every tie formed up to the year) or the ties active in
 *     the year; H4 always reads active ties, since formed ties never vanish from a cumulative one
 * @param groupBy the actor attribute whose groups are the silos; null for {@link #DEFAULT_GROUP_BY}
 * @param options permutations and seed of the null models, and the other analysis options; null for
 *     {@link AnalysisOptions#DEFAULTS}
 */
public record HypothesisQuery(
        YearRange years,
        Set<Layer> layers,
        boolean cumulative,
        String groupBy,
        AnalysisOptions options) {

    /** The silos décloisonnement is measured across. */
    public static final String DEFAULT_GROUP_BY = "sector";

    public HypothesisQuery {
        Objects.requireNonNull(years, "years");
        layers = layers == null ? Layer.DEFAULTS : Set.copyOf(EnumSet.copyOf(layers));
        groupBy = groupBy == null || groupBy.isBlank() ? DEFAULT_GROUP_BY : groupBy;
        options = options == null ? AnalysisOptions.DEFAULTS : options;
    }

    /** The defaults for a range of years: default layers, active ties, by sector. */
    public static HypothesisQuery of(YearRange years) {
        return new HypothesisQuery(years, null, false, null, null);
    }

    /** The timeline with the pole, group metrics and their null models. */
    Timeline.Query withPole() {
        return new Timeline.Query(years, cumulative, layers, false, groupBy, options);
    }

    /** The timeline without the pole: graph metrics only, so no null model nor communities. */
    Timeline.Query withoutPole() {
        AnalysisOptions lean = options.withPermutations(0).withCommunities(CommunityDetection.OFF);
        return new Timeline.Query(years, cumulative, layers, true, null, lean);
    }
}
