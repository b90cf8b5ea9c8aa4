package coop.maillage.analysis;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.web.BadParameterException;
import org.junit.jupiter.api.Test;

/**
 * The cost budget of timelines and hypotheses: years × (permutations + 1) × (actors + ties) at most
 * 1,000,000,000, checked by hand on both sides of the limit.
 */
class AnalysisBudgetTest {

    @Test
    void shouldAcceptACostExactlyAtTheBudget() {
        // 10 years × 1000 × 100,000 = 1,000,000,000.
        assertThatCode(() -> AnalysisBudget.require(10, 999, 100_000, "timeline"))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseACostOverTheBudgetNamingWhatToReduce() {
        // 20 years × 201 × 300,000 = 1,206,000,000; 1e9 / (20 × 300,000) = 166, so 165 fit.
        assertThatThrownBy(() -> AnalysisBudget.require(20, 200, 300_000, "timeline"))
                .isInstanceOf(BadParameterException.class)
                .hasMessage(
                        "permutations: this timeline would cost 20 years × 201 (permutations + 1)"
                                + " × 300000 actors and ties = 1206000000, over the budget of"
                                + " 1000000000; ask for fewer years (from, to), or at most 165"
                                + " permutations, or analyse a smaller territory");
    }

    @Test
    void shouldNotSuggestPermutationsWhenEvenNoneWouldFit() {
        assertThatThrownBy(() -> AnalysisBudget.require(100, 0, 20_000_000, "hypotheses"))
                .hasMessageNotContaining("at most")
                .hasMessageContaining("fewer years (from, to), or analyse a smaller territory");
    }
}
