package coop.maillage.event;

import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A workshop (atelier) inside an event, linked to the project it worked on.
 *
 * @param id stable id
 * @param name name
 * @param event id of the event it is part of
 * @param project id of the project it worked on, or null
 * @param from date
 * @param participants number of participants
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Workshop(
        @RecordId String id,
        @NotBlank @Size(max = 200) String name,
        @RecordId String event,
        @Size(max = 100) String project,
        LocalDate from,
        @PositiveOrZero Integer participants,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned {}
