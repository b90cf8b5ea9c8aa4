package coop.maillage.actor;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation or a natural person of a territory.
 *
 * @param id stable id
 * @param name name; a pseudonym for natural persons in the demonstration dataset
 * @param kind what it is
 * @param sector the silo it belongs to
 * @param commune where it is
 * @param person true for a natural person (citizen, employee): personal data
 * @param from when it entered the territory's network
 * @param to when it left, or null
 * @param territory id of its territory
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Actor(
        @RecordId String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull ActorKind kind,
        @NotNull Sector sector,
        @Size(max = 100) String commune,
        @NotNull Boolean person,
        LocalDate from,
        LocalDate to,
        @Size(max = 100) String territory,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {

    /** The person flag agrees with the kind; a disagreement is reported on {@code person}. */
    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>(Dated.super.crossFieldProblems());
        if (kind != null && person != null && person != kind.naturalPerson()) {
            problems.add(
                    new FieldProblem(
                            "person",
                            person
                                    ? "must be false for kind "
                                            + kind
                                            + ": only CITIZEN and EMPLOYEE are natural persons;"
                                            + " set it to false or change the kind"
                                    : "must be true for kind "
                                            + kind
                                            + ", a natural person; set it to true or change the"
                                            + " kind"));
        }
        return problems;
    }
}
