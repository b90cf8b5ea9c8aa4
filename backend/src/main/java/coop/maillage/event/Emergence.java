package coop.maillage.event;

import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A project that emerged from an event or workshop: {@code
 * (Project)-[:EMERGED_FROM]->(Event|Workshop)}.
 *
 * @param id stable id
 * @param project id of the project
 * @param origin id of the event or workshop it emerged from
 * @param from date
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Emergence(
        @RecordId String id,
        @RecordId String project,
        @RecordId String origin,
        LocalDate from,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned {}
