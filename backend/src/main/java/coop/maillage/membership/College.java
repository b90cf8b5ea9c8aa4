package coop.maillage.membership;

import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member college of the cooperative (SCIC), configurable per pole.
 *
 * @param id stable id
 * @param name name
 * @param description what it gathers
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record College(
        @RecordId String id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) String description,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned {}
