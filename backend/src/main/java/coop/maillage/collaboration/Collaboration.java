package coop.maillage.collaboration;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A direct collaboration between two actors: {@code (Actor)-[:COLLABORATES_WITH]->(Actor)},
 * undirected in the analysis.
 *
 * @param id stable id
 * @param source id of one actor
 * @param target id of the other actor
 * @param kind what it is
 * @param weight tie strength (repeated collaborations); 1 if absent
 * @param from start date
 * @param to end date, or null while open
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Collaboration(
        @RecordId String id,
        @RecordId String source,
        @RecordId String target,
        @NotNull CollaborationKind kind,
        @Positive Double weight,
        LocalDate from,
        LocalDate to,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {

    /** The two ends differ: a self-tie is reported on {@code target}. */
    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>(Dated.super.crossFieldProblems());
        if (source != null && source.equals(target)) {
            problems.add(
                    new FieldProblem(
                            "target",
                            "is the source itself ('"
                                    + target
                                    + "'): a collaboration ties two different actors; name the"
                                    + " other actor"));
        }
        return problems;
    }
}
