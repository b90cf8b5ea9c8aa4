package coop.maillage.seed;

/**
 * A load that needs more memory than the database allows one transaction ({@code
 * dbms.memory.transaction.total.max}, by default 70% of the heap of an embedded database). Nothing
 * was written; retrying would fail the same way, so it is not retried.
 */
public class TransactionTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TransactionTooLargeException(RuntimeException cause) {
        super(
                "the import needs more memory than the database allows one transaction ("
                        + cause.getMessage()
                        + "); give the application more memory (java -Xmx…), or import the"
                        + " files in several parts",
                cause);
    }

    /** Whether {@code e} is the database refusing a transaction's memory. */
    static boolean isMemoryLimit(RuntimeException e) {
        return String.valueOf(e.getMessage()).contains("dbms.memory.transaction");
    }
}
