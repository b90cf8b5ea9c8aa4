package coop.maillage.project;

import coop.maillage.store.Dated;
import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A project carried on the territory, with its place in the 5D method and its scores.
 *
 * @param id stable id
 * @param name name
 * @param domain field of activity
 * @param stage step of the 5D method
 * @param status where it stands
 * @param legalForm legal form (SCIC, SAS, association…)
 * @param from start date
 * @param to end date, or null while open
 * @param jobs jobs created
 * @param accompanied whether the pole accompanied it
 * @param scoreOwnership pillar score: collective ownership
 * @param scoreAnchoring pillar score: territorial anchoring
 * @param scoreHybrid pillar score: hybrid economic model
 * @param scoreResilience pillar score: resilience
 * @param scoreTotal total score (threshold 26 in the 2024 study)
 * @param emergenceContext how it emerged
 * @param territory id of its territory
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Project(
        @RecordId String id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String domain,
        ProjectStage stage,
        ProjectStatus status,
        @Size(max = 100) String legalForm,
        LocalDate from,
        LocalDate to,
        @PositiveOrZero Integer jobs,
        Boolean accompanied,
        @DecimalMin("0") @DecimalMax("100") Double scoreOwnership,
        @DecimalMin("0") @DecimalMax("100") Double scoreAnchoring,
        @DecimalMin("0") @DecimalMax("100") Double scoreHybrid,
        @DecimalMin("0") @DecimalMax("100") Double scoreResilience,
        @DecimalMin("0") @DecimalMax("100") Double scoreTotal,
        @Size(max = 500) String emergenceContext,
        @Size(max = 100) String territory,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned, Dated {}
