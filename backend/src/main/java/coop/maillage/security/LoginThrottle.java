package coop.maillage.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed password logins per client address: after {@code maxFailures} failures from one address
 * within {@code window}, every password login from it is refused (429, {@code Retry-After}) until
 * the oldest of them leaves the window. The per-account lock-out alone lets one password be tried
 * across many accounts; this slows that down. Successful logins do not reset the count. Kept in
 * memory for the {@value #REMEMBERED} most recent addresses.
 */
final class LoginThrottle {

    static final int REMEMBERED = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                    return size() > REMEMBERED;
                }
            };

    LoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long the address must wait before its next login, or null when it may try now. */
    synchronized Duration retryAfter(String address, Instant now) {
        Deque<Instant> times = recent(address, now);
        if (times.size() < maxFailures) {
            return null;
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    /** Counts a failed login from the address. */
    synchronized void recordFailure(String address, Instant now) {
        Deque<Instant> times = recent(address, now);
        times.addLast(now);
        while (times.size() > maxFailures) {
            times.removeFirst();
        }
    }

    /** Forgets every address. */
    synchronized void clear() {
        failures.clear();
    }

    private Deque<Instant> recent(String address, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
        return times;
    }
}
