package coop.maillage.load;

/**
 * One request as measured.
 *
 * @param kind what was asked (e.g. {@code GET /api/network})
 * @param start when it was sent, in {@link System#nanoTime()} nanoseconds
 * @param nanos how long the answer took, in nanoseconds
 * @param status the HTTP status, or 0 when no answer came (connection failure, timeout)
 * @param error why the request counts as an error, or null when it does not
 */
record Sample(String kind, long start, long nanos, int status, String error) {

    boolean failed() {
        return error != null;
    }
}
