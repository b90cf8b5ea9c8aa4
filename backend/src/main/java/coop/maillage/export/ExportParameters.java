package coop.maillage.export;

import coop.maillage.analysis.AnalysisParameters;
import coop.maillage.web.BadParameterException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The query parameters of the network exports; without a year, the whole history. */
record ExportParameters(
        @Schema(description = "territory id; default: the territory with the most actors")
                @Size(max = 100)
                String territory,
        @Schema(description = "the year of the snapshot; none: the whole history, dated")
                @Min(1900)
                @Max(2200)
                Integer year,
        @Schema(description = "with a year: every tie formed up to the year") Boolean cumulative,
        @Schema(
                        description = "comma-separated layers: collaborations, projects, workshops",
                        example = "collaborations,projects")
                @Size(max = 100)
                String layers,
        @Schema(description = "leave the pole out") Boolean withoutPole,
        @Schema(description = "names of natural persons instead of pseudonyms (admins only)")
                Boolean names) {

    /** The request these parameters describe, checked. */
    NetworkRequest request() {
        if (year == null && Boolean.TRUE.equals(cumulative)) {
            throw new BadParameterException(
                    "cumulative",
                    "applies to the snapshot of a year: give a year too, or leave cumulative out"
                            + " for the whole history");
        }
        return new NetworkRequest(
                territory,
                year,
                Boolean.TRUE.equals(cumulative),
                AnalysisParameters.layerSet(layers),
                Boolean.TRUE.equals(withoutPole),
                Boolean.TRUE.equals(names));
    }
}
