package coop.maillage.analysis;

import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import coop.maillage.web.BadParameterException;

/**
 * The cost budget of one timeline or hypotheses request: years × (permutations + 1) × (actors +
 * ties of the territory), at most {@value #COST_BUDGET}. Every year's snapshot is analysed and
 * every permutation of its null models sweeps its ties, so the product bounds the work; over it,
 * the request is refused with 400 before any work, saying what to reduce.
 */
final class AnalysisBudget {

    /** The largest years × (permutations + 1) × (actors + ties) of one request. */
    static final long COST_BUDGET = 1_000_000_000L;

    private AnalysisBudget() {}

    /**
     * Refuses a request whose cost, years × (permutations + 1) × (actors + ties), exceeds {@link
     * #COST_BUDGET}, naming what to reduce.
     */
    static void require(TemporalNetwork network, YearRange years, int permutations, String what) {
        require(
                (long) years.last() - years.first() + 1,
                permutations,
                (long) network.nodes().size() + network.ties().size(),
                what);
    }

    static void require(long count, int permutations, long size, String what) {
        long cost = count * (permutations + 1L) * Math.max(1, size);
        if (cost <= COST_BUDGET) {
            return;
        }
        long fitting = COST_BUDGET / (count * Math.max(1, size)) - 1;
        throw new BadParameterException(
                "permutations",
                "this "
                        + what
                        + " would cost "
                        + count
                        + " years × "
                        + (permutations + 1)
                        + " (permutations + 1) × "
                        + size
                        + " actors and ties = "
                        + cost
                        + ", over the budget of "
                        + COST_BUDGET
                        + "; ask for fewer years (from, to)"
                        + (fitting >= 0 ? ", or at most " + fitting + " permutations" : "")
                        + ", or analyse a smaller territory");
    }
}
