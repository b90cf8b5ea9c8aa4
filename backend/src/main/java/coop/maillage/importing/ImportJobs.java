package coop.maillage.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The progress of the imports under way, by the job id their client chose, so that the client can
 * follow a long import ({@code GET /api/import/progress/{job}}) while its request runs. A job is
 * forgotten an hour after its last news; at most {@link #MAX_JOBS} are kept.
 */
@Component
class ImportJobs {

    static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final int MAX_JOBS = 1_000;
    static final Duration KEPT = Duration.ofHours(1);

    /** Where a job is. */
    record Status(String phase, long done, long total, Instant at) {}

    private final Map<String, Status> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    ImportJobs() {
        this(Clock.systemUTC());
    }

    ImportJobs(Clock clock) {
        this.clock = clock;
    }

    /** The progress of the job; no job id (null) follows nothing. */
    Progress follow(String job) {
        if (job == null) {
            return Progress.NONE;
        }
        if (!JOB_ID.matcher(job).matches()) {
            throw new IllegalArgumentException(
                    "job must be 1 to 64 letters, digits, '-' or '_', e.g. a random UUID");
        }
        forgetOld();
        if (jobs.size() >= MAX_JOBS && !jobs.containsKey(job)) {
            throw new IllegalArgumentException("too many imports under way; retry later");
        }
        Progress progress =
                (phase, done, total) ->
                        jobs.put(job, new Status(phase, done, total, clock.instant()));
        progress.update("reading", 0, 0);
        return progress;
    }

    Optional<Status> status(String job) {
        return Optional.ofNullable(jobs.get(job));
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(status -> status.at().isBefore(limit));
    }
}
