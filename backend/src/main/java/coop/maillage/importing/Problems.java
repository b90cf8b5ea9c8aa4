package coop.maillage.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one import, in the order found. Every problem is counted; the first {@link
 * #LISTED} are kept, so that a file with the same mistake on each of its 100,000 lines does not
 * fill the memory or the screen.
 */
final class Problems {

    /** How many problems are kept and listed. */
    static final int LISTED = 1_000;

    private final List<ImportProblem> listed = new ArrayList<>();
    private long count;

    void add(ImportProblem problem) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Every problem found, listed or not. */
    long count() {
        return count;
    }

    List<ImportProblem> listed() {
        return List.copyOf(listed);
    }
}
