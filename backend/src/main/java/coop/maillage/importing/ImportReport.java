package coop.maillage.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import found and did.
 *
 * @param problems the problems found, in file order (the first {@link Problems#LISTED})
 * @param problemCount how many problems there are in all
 * @param notes what was left aside, e.g. a sheet whose name is not an entity
 * @param changes per file of the data format, the rows that would be (dry run) or were created,
 *     updated and left unchanged
 * @param wouldCreate per file, the records a dry run would create
 * @param created per file, the records created
 * @param written whether anything was written
 */
public record ImportReport(
        List<ImportProblem> problems,
        long problemCount,
        List<String> notes,
        Map<String, Change> changes,
        Map<String, Long> wouldCreate,
        Map<String, Long> created,
        boolean written) {

    /** The rows of one file that are (or would be) created, updated and left unchanged. */
    public record Change(long created, long updated, long unchanged) {}
}
