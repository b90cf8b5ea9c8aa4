package coop.maillage.analysis;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@value #CONCURRENT_SETTING} analyses at a time (default: one per processor core): each
 * one is CPU-bound, so more at once only makes all of them slower and can exhaust memory. A request
 * beyond that waits up to {@value #WAIT_SETTING} (default {@value #DEFAULT_WAIT}) for a turn, then
 * is refused with 503 and {@code Retry-After}.
 */
@Component
class AnalysisLimits {

    static final String CONCURRENT_SETTING = "maillage.analysis.max-concurrent";
    static final String WAIT_SETTING = "maillage.analysis.max-wait";
    static final String DEFAULT_WAIT = "5s";

    /** Seconds a refused caller is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final Semaphore turns;
    private final int concurrent;
    private final Duration wait;

    AnalysisLimits(
            @Value("${" + CONCURRENT_SETTING + ":0}") int concurrent,
            @Value("${" + WAIT_SETTING + ":" + DEFAULT_WAIT + "}") Duration wait) {
        this.concurrent = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        this.turns = new Semaphore(this.concurrent, true);
        this.wait = wait;
    }

    /** Runs {@code analysis} when a turn is free; refuses it when none frees up in time. */
    <T> T run(Supplier<T> analysis) {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new AnalysisBusyException(concurrent, RETRY_AFTER_SECONDS);
        }
        try {
            return analysis.get();
        } finally {
            turns.release();
        }
    }
}
