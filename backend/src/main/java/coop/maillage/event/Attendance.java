package coop.maillage.event;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An actor attending an event or a workshop: {@code (Actor)-[:ATTENDED]->(Event|Workshop)}.
 *
 * @param id stable id
 * @param actor id of the actor
 * @param target id of the event or workshop attended
 * @param from start date
 * @param to end date, or null while open
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Attendance(
        @RecordId String id,
        @RecordId String actor,
        @RecordId String target,
        LocalDate from,
        LocalDate to,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {}
