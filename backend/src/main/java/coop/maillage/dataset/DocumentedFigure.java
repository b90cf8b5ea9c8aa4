package coop.maillage.dataset;

import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A figure a source document gives about the pole, kept with its source even where sources
 * disagree.
 *
 * @param id stable id
 * @param subject what the figure is about (e.g. the pole's id)
 * @param metric what is counted (members, staff, projects…)
 * @param year the year it describes
 * @param value the figure
 * @param source the source document
 * @param quote the passage it comes from
 * @param usedBySeed whether the demonstration dataset reproduces this figure
 * @param note why, when sources disagree
 * @param version version for concurrent-edit detection
 */
public record DocumentedFigure(
        @RecordId String id,
        @NotBlank @Size(max = 100) String subject,
        @NotBlank @Size(max = 100) String metric,
        @Min(1900) @Max(2200) Integer year,
        @NotNull Double value,
        @NotBlank @Size(max = 200) String source,
        @Size(max = 1000) String quote,
        Boolean usedBySeed,
        @Size(max = 1000) String note,
        Long version)
        implements Versioned {}
