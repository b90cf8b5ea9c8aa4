package coop.maillage.membership;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor's membership of the pole: {@code (Actor)-[:MEMBER_OF {college}]->(Actor pole)}.
 *
 * @param id stable id
 * @param actor id of the member
 * @param pole id of the pole (an actor of kind POLE)
 * @param college id of its college
 * @param shares shares held
 * @param from start date
 * @param to end date, or null while open
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Membership(
        @RecordId String id,
        @RecordId String actor,
        @RecordId String pole,
        @RecordId String college,
        @PositiveOrZero Integer shares,
        LocalDate from,
        LocalDate to,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {

    /** A member is not its own pole: that case is reported on {@code pole}. */
    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>(Dated.super.crossFieldProblems());
        if (actor != null && actor.equals(pole)) {
            problems.add(
                    new FieldProblem(
                            "pole",
                            "is the member itself ('"
                                    + pole
                                    + "'): a membership joins an actor to a pole; name the pole"));
        }
        return problems;
    }
}
