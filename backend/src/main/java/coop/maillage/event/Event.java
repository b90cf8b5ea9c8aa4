package coop.maillage.event;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An event of the pole: Start-Up de Territoire evenings, challenges, assemblies, meetings.
 *
 * @param id stable id
 * @param name name
 * @param type what kind of event
 * @param from start date
 * @param to end date, or null while open
 * @param participants number of participants
 * @param territory id of its territory
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Event(
        @RecordId String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull EventType type,
        LocalDate from,
        LocalDate to,
        @PositiveOrZero Integer participants,
        @Size(max = 100) String territory,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {}
