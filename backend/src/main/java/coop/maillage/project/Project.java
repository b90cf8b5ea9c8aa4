package coop.maillage.project;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A project carried on the territory, with its place in the 5D method and its scores.
 *
 * @param id stable id
 * @param name name
 * @param domain field of activity
 * @param stage step of the 5D method
 * @param status where it stands
 * @param legalForm legal form (SCIC, SAS, association…)
 * @param from start date
 * @param to end date, or null while open
 * @param jobs jobs created
 * @param accompanied whether the pole accompanied it
 * @param scoreOwnership pillar score: collective ownership
 * @param scoreAnchoring pillar score: territorial anchoring
 * @param scoreHybrid pillar score: hybrid economic model
 * @param scoreResilience pillar score: resilience
 * @param scoreTotal total score, the sum of the four pillar scores (threshold 26 in the 2024
 *     study); computed when absent and the four are given
 * @param emergenceContext how it emerged
 * @param territory id of its territory
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Project(
        @RecordId String id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String domain,
        ProjectStage stage,
        ProjectStatus status,
        @Size(max = 100) String legalForm,
        LocalDate from,
        LocalDate to,
        @PositiveOrZero Integer jobs,
        Boolean accompanied,
        @DecimalMin("0") @DecimalMax("100") Double scoreOwnership,
        @DecimalMin("0") @DecimalMax("100") Double scoreAnchoring,
        @DecimalMin("0") @DecimalMax("100") Double scoreHybrid,
        @DecimalMin("0") @DecimalMax("100") Double scoreResilience,
        @DecimalMin("0") @DecimalMax("100") Double scoreTotal,
        @Size(max = 500) String emergenceContext,
        @Size(max = 100) String territory,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {

    /** How far a total may be from the pillars' sum: rounding of decimal scores. */
    static final double TOTAL_TOLERANCE = 1e-6;

    public Project {
        if (scoreTotal == null) {
            scoreTotal = sum(scoreOwnership, scoreAnchoring, scoreHybrid, scoreResilience);
        }
    }

    /**
     * The sum of the four pillar scores, or null unless all four are given; rounded to 6 decimals
     * so that 0.1 + 0.2 is 0.3.
     */
    Double pillarSum() {
        return sum(scoreOwnership, scoreAnchoring, scoreHybrid, scoreResilience);
    }

    private static Double sum(Double... scores) {
        List<Double> pillars = Arrays.asList(scores);
        if (pillars.contains(null)) {
            return null;
        }
        double sum = pillars.stream().mapToDouble(Double::doubleValue).sum();
        return Double.isFinite(sum)
                ? BigDecimal.valueOf(sum).setScale(6, RoundingMode.HALF_EVEN).doubleValue()
                : sum;
    }

    /** The total is the pillars' sum; a different one is reported on {@code scoreTotal}. */
    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>(Dated.super.crossFieldProblems());
        Double sum = pillarSum();
        if (sum != null && scoreTotal != null && Math.abs(sum - scoreTotal) > TOTAL_TOLERANCE) {
            problems.add(
                    new FieldProblem(
                            "scoreTotal",
                            "is "
                                    + plain(scoreTotal)
                                    + " but the four pillar scores add up to "
                                    + plain(sum)
                                    + ": send "
                                    + plain(sum)
                                    + ", or leave it empty to have it computed"));
        }
        return problems;
    }

    private static String plain(double value) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
