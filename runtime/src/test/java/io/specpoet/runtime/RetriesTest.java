package io.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The backoff and {@code Retry-After} arithmetic. */
class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void backoffDoublesUpToTheCapWithFullJitter() {
        Duration initial = Duration.ofMillis(500);
        Duration max = Duration.ofSeconds(8);
        for (int i = 0; i < 1000; i++) {
            assertThat(Retries.backoff(0, initial, max)).isBetween(Duration.ZERO, initial);
            assertThat(Retries.backoff(2, initial, max)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
            assertThat(Retries.backoff(60, initial, max)).isBetween(Duration.ZERO, max);
        }
        assertThat(Retries.backoff(3, Duration.ZERO, Duration.ZERO)).isZero();
        // Jitter: not always the same.
        assertThat(java.util.stream.IntStream.range(0, 50)
                        .mapToObj(i -> Retries.backoff(4, initial, max))
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }

    @Test
    void readsDeltaSeconds() {
        assertThat(Retries.retryAfter("0", NOW, MAX)).isZero();
        assertThat(Retries.retryAfter(" 7 ", NOW, MAX)).isEqualTo(Duration.ofSeconds(7));
        assertThat(Retries.retryAfter("120", NOW, MAX)).isEqualTo(MAX);
        assertThat(Retries.retryAfter("99999999999999999999999", NOW, MAX)).isEqualTo(MAX);
    }

    @Test
    void readsHttpDates() {
        assertThat(Retries.retryAfter("Thu, 01 Jan 2026 00:00:30 GMT", NOW, MAX))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(Retries.retryAfter("Wed, 31 Dec 2025 23:00:00 GMT", NOW, MAX))
                .isZero();
        assertThat(Retries.retryAfter("Fri, 02 Jan 2026 00:00:00 GMT", NOW, MAX))
                .isEqualTo(MAX);
    }

    @Test
    void ignoresInvalidValues() {
        for (String value : new String[] {null, "", "-1", "1.5", "soon", "tomorrow 10:00"}) {
            assertThat(Retries.retryAfter(value, NOW, MAX)).as(value).isNull();
        }
    }
}
