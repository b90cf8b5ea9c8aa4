package coop.maillage.project;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An actor taking part in a project: {@code (Actor)-[:TAKES_PART_IN]->(Project)}.
 *
 * @param id stable id
 * @param actor id of the actor
 * @param project id of the project
 * @param role what the actor does in it
 * @param from start date
 * @param to end date, or null while open
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Participation(
        @RecordId String id,
        @RecordId String actor,
        @RecordId String project,
        @NotNull ParticipationRole role,
        LocalDate from,
        LocalDate to,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {}
