package coop.maillage.territory;

import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A project duplicated in another territory: {@code (Project)-[:DUPLICATED_IN]->(Territory)}.
 *
 * @param id stable id
 * @param project id of the project
 * @param territory id of the territory it was duplicated in
 * @param from date
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Duplication(
        @RecordId String id,
        @RecordId String project,
        @RecordId String territory,
        LocalDate from,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned {}
