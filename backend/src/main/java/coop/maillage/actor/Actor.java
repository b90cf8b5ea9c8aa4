package coop.maillage.actor;

import com.fasterxml.jackson.annotation.JsonIgnore;
import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

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
        boolean person,
        LocalDate from,
        LocalDate to,
        @Size(max = 100) String territory,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {

    /** Validation: the person flag agrees with the kind. */
    @JsonIgnore
    @AssertTrue(message = "person must be true for kinds CITIZEN and EMPLOYEE and false otherwise")
    public boolean isPersonFlagConsistent() {
        return kind == null || person == kind.naturalPerson();
    }
}
