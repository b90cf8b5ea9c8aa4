package coop.maillage.analysis;

/** Every analysis turn is taken: the caller should try again a little later. */
final class AnalysisBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    AnalysisBusyException(int concurrent, int retryAfterSeconds) {
        super(
                "The server is already running "
                        + concurrent
                        + " analyses, its limit ("
                        + AnalysisLimits.CONCURRENT_SETTING
                        + "); try again in "
                        + retryAfterSeconds
                        + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
