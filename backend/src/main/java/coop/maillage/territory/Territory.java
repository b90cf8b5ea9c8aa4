package coop.maillage.territory;

import coop.maillage.store.RecordId;
import coop.maillage.store.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A territory, so that several poles can share one database and be compared.
 *
 * @param id stable id
 * @param name name
 * @param provenance where the fact comes from: a source and a quote, or {@code illustrative}
 * @param version version for concurrent-edit detection
 */
public record Territory(
        @RecordId String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 1000) String provenance,
        Long version)
        implements Versioned {}
