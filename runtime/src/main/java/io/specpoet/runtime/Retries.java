package io.specpoet.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/** When to retry: the backoff with full jitter, and the {@code Retry-After} header. */
final class Retries {

    private Retries() {}

    /** Statuses worth another attempt: timeout, rate limit, and gateway or overload failures. */
    static boolean retryableStatus(int statusCode) {
        return statusCode == 408 || statusCode == 429 || statusCode == 502 || statusCode == 503 || statusCode == 504;
    }

    /**
     * The wait before a retry: a random duration between zero and {@code initial * 2^retry}, capped
     * at {@code max} ("full jitter", which spreads out clients that failed together).
     *
     * @param retry 0 before the first retry, 1 before the second, ...
     */
    static Duration backoff(int retry, Duration initial, Duration max) {
        long maxNanos = max.toNanos();
        long ceiling = initial.toNanos();
        for (int i = 0; i < retry && ceiling < maxNanos; i++) {
            ceiling = ceiling > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : ceiling * 2;
        }
        ceiling = Math.min(ceiling, maxNanos);
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /**
     * Reads a {@code Retry-After} header: delta-seconds, or an HTTP-date (IMF-fixdate, such as
     * {@code Sun, 06 Nov 1994 08:49:37 GMT}; a date in the past means now).
     *
     * @param value the header value, or {@code null}
     * @param now the current time
     * @param max the longest wait; longer waits are shortened to it
     * @return the wait, or {@code null} if the header is absent or invalid (negative, not a number
     *     or a date)
     */
    static Duration retryAfter(String value, Instant now, Duration max) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.isEmpty()) {
            return null;
        }
        Duration wait;
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Enough digits to overflow a long are longer than any cap.
            wait = text.length() > 12 ? max : Duration.ofSeconds(Long.parseLong(text));
        } else {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                wait = Duration.between(now, at);
                if (wait.isNegative()) {
                    wait = Duration.ZERO;
                }
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
