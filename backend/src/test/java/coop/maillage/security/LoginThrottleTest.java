package coop.maillage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Three failures from one address within ten minutes refuse it until the oldest is ten old. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10));

    @Test
    void shouldRefuseTheAddressAfterThreeFailuresUntilTheOldestLeavesTheWindow() {
        throttle.recordFailure("10.0.0.1", T0);
        throttle.recordFailure("10.0.0.1", T0.plusSeconds(60));
        assertThat(throttle.retryAfter("10.0.0.1", T0.plusSeconds(61))).isNull();
        throttle.recordFailure("10.0.0.1", T0.plusSeconds(120));

        assertThat(throttle.retryAfter("10.0.0.1", T0.plusSeconds(120)))
                .isEqualTo(Duration.ofMinutes(8));
        assertThat(throttle.retryAfter("10.0.0.2", T0.plusSeconds(120))).isNull();
        assertThat(throttle.retryAfter("10.0.0.1", T0.plusSeconds(600))).isNull();
    }

    @Test
    void shouldForgetEverythingWhenCleared() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("10.0.0.1", T0);
        }
        throttle.clear();
        assertThat(throttle.retryAfter("10.0.0.1", T0)).isNull();
    }
}
