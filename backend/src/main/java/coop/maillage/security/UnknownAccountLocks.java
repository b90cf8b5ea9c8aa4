package coop.maillage.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Failed logins under user names that are not accounts, counted and locked exactly like those of
 * real accounts ({@link FailedLogins}), so that the answers cannot tell which names exist: after
 * the same number of failures, an unknown name gets the same "locked until" answer. Kept in memory,
 * for the most recent {@value #REMEMBERED} names only, since nothing is to be stored about names
 * that are not users.
 */
@Component
class UnknownAccountLocks {

    static final int REMEMBERED = 10_000;

    private record Entry(int failures, Instant lockedUntil) {}

    private final Map<String, Entry> entries =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > REMEMBERED;
                }
            };

    /** The end of the name's lock, or null when it is not locked at {@code now}. */
    synchronized Instant lockedUntil(String username, Instant now) {
        Entry entry = entries.get(username);
        return entry != null && entry.lockedUntil() != null && entry.lockedUntil().isAfter(now)
                ? entry.lockedUntil()
                : null;
    }

    /**
     * Counts a failure; at {@code maxFailures} the name is locked until {@code lockUntil} and the
     * count starts again. Returns the end of that new lock, or null.
     */
    synchronized Instant recordFailure(String username, int maxFailures, Instant lockUntil) {
        Entry entry = entries.getOrDefault(username, new Entry(0, null));
        int failures = entry.failures() + 1;
        if (failures >= maxFailures) {
            entries.put(username, new Entry(0, lockUntil));
            return lockUntil;
        }
        entries.put(username, new Entry(failures, entry.lockedUntil()));
        return null;
    }
}
