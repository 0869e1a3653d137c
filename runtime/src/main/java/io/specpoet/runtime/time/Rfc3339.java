package io.specpoet.runtime.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Strict, hand-written reading and writing of RFC 3339 {@code date-time} and {@code full-date}
 * (OpenAPI's {@code format: date-time} and {@code format: date}).
 *
 * <p>Hand-written rather than built on {@link java.time.format.DateTimeFormatter} so that the
 * accepted grammar is exactly RFC 3339's, and so that the result never depends on the default
 * {@link java.util.Locale} or {@link java.util.TimeZone}: only ASCII digits are read or written.
 *
 * <p><b>Reading</b> {@code date-time}: {@code yyyy-MM-dd}, then {@code 'T'}, {@code 't'} or a
 * space (RFC 3339 section 5.6 allows the space, and some APIs use it), then {@code HH:mm:ss}, an
 * optional fraction of one or more digits, and {@code 'Z'}, {@code 'z'} or {@code ±hh:mm}. Decisions
 * where RFC 3339 says more than {@code OffsetDateTime} can hold:
 *
 * <ul>
 *   <li>A fraction of more than 9 digits (RFC 3339 sets no limit) is truncated to the
 *       nanosecond, the finest unit {@code OffsetDateTime} holds. Truncating rounds toward the
 *       past, so the order of time stamps is kept and no value moves into the next second.
 *   <li>A leap second ({@code :60}) is accepted only where one can occur, in the last minute of a
 *       UTC day ({@code 23:59:60Z}, or {@code 05:44:60+05:45}); it becomes the last nanosecond
 *       before the next minute ({@code 23:59:59.999999999Z}), whatever its fraction. That keeps
 *       it in its own UTC day and keeps the order of time stamps; only the fraction of the leap
 *       second itself is lost. {@code :60} elsewhere is rejected.
 *   <li>{@code -00:00} (RFC 3339's "offset unknown") reads as UTC: same instant.
 *   <li>Offsets beyond ±18:00, which RFC 3339's grammar allows but {@link ZoneOffset} cannot
 *       hold, are rejected.
 * </ul>
 *
 * <p><b>Writing</b> {@code date-time}: {@code uuuu-MM-dd'T'HH:mm:ss}, then the fraction only if
 * it is not zero, with trailing zeros removed (so 1 to 9 digits), then {@code Z} for offset zero
 * or {@code ±hh:mm}. Reading the result gives back an equal {@code OffsetDateTime}: the same
 * local date-time and the same offset, hence the same instant. The text need not match the text
 * read ({@code .500} becomes {@code .5}); only the value round-trips.
 *
 * <p>Values RFC 3339 cannot express are refused with a {@link DateTimeException}: a year outside
 * 0000 to 9999, or an offset with seconds.
 */
public final class Rfc3339 {

    private static final String DATE_TIME_EXPECTED =
            "an RFC 3339 date-time such as 2021-01-01T12:01:00.000Z or 2021-01-01T12:01:00+05:45";
    private static final String DATE_EXPECTED = "an RFC 3339 full-date such as 2021-01-31";

    private Rfc3339() {}

    /**
     * Reads an RFC 3339 {@code date-time}.
     *
     * @param text the text, without surrounding white space
     * @return the date-time with the offset the text gave
     * @throws DateTimeParseException if the text is not a valid RFC 3339 date-time; its message
     *     names the text and the expected format
     */
    public static OffsetDateTime parseDateTime(CharSequence text) {
        Reader r = new Reader(text, DATE_TIME_EXPECTED);
        LocalDate date = r.date();
        char separator = r.peek();
        if (separator != 'T' && separator != 't' && separator != ' ') {
            throw r.fail("'T', 't' or ' ' expected at index " + r.pos, r.pos);
        }
        r.pos++;
        int hour = r.digits(2, "hour");
        r.expect(':');
        int minute = r.digits(2, "minute");
        r.expect(':');
        int second = r.digits(2, "second");
        int nano = 0;
        if (r.peek() == '.') {
            r.pos++;
            nano = r.fraction();
        }
        ZoneOffset offset = r.offset();
        r.end();

        boolean leapSecond = second == 60;
        LocalTime time;
        try {
            time = LocalTime.of(hour, minute, leapSecond ? 59 : second, nano);
        } catch (DateTimeException e) {
            throw r.fail("invalid time: " + e.getMessage(), 11);
        }
        OffsetDateTime result = OffsetDateTime.of(LocalDateTime.of(date, time), offset);
        if (leapSecond) {
            // Leap seconds are inserted at 23:59:60 UTC; whatever the offset, that is the UTC minute.
            LocalTime utc = result.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
            if (utc.getHour() != 23 || utc.getMinute() != 59) {
                throw r.fail("second 60 (a leap second) occurs only at 23:59 UTC", 17);
            }
            result = result.withNano(999_999_999);
        }
        return result;
    }

    /**
     * Reads an RFC 3339 {@code full-date}: exactly {@code uuuu-MM-dd}, a real calendar date.
     *
     * @param text the text, without surrounding white space
     * @return the date
     * @throws DateTimeParseException if the text is not a valid RFC 3339 full-date
     */
    public static LocalDate parseDate(CharSequence text) {
        Reader r = new Reader(text, DATE_EXPECTED);
        LocalDate date = r.date();
        r.end();
        return date;
    }

    /**
     * Writes an RFC 3339 {@code date-time} that {@link #parseDateTime} reads back as an equal value.
     *
     * @param value the date-time
     * @return for example {@code 2021-01-01T12:01:00Z} or {@code 2021-01-01T12:01:00.5+05:45}
     * @throws DateTimeException if the year is outside 0000 to 9999 or the offset has seconds,
     *     which RFC 3339 cannot express
     */
    public static String formatDateTime(OffsetDateTime value) {
        StringBuilder out = new StringBuilder(35);
        appendDate(out, value.toLocalDate());
        out.append('T');
        pad(out, value.getHour(), 2).append(':');
        pad(out, value.getMinute(), 2).append(':');
        pad(out, value.getSecond(), 2);
        int nano = value.getNano();
        if (nano != 0) {
            // Nine digits hold the nanosecond exactly; trailing zeros add nothing to the value.
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            pad(out.append('.'), nano, digits);
        }
        int offsetSeconds = value.getOffset().getTotalSeconds();
        if (offsetSeconds == 0) {
            return out.append('Z').toString();
        }
        if (offsetSeconds % 60 != 0) {
            throw new DateTimeException("RFC 3339 offsets have no seconds, so " + value + " cannot be written exactly");
        }
        int offsetMinutes = Math.abs(offsetSeconds / 60);
        out.append(offsetSeconds < 0 ? '-' : '+');
        pad(out, offsetMinutes / 60, 2).append(':');
        return pad(out, offsetMinutes % 60, 2).toString();
    }

    /**
     * Writes an RFC 3339 {@code full-date}, {@code uuuu-MM-dd}.
     *
     * @param value the date
     * @return for example {@code 2021-01-31}
     * @throws DateTimeException if the year is outside 0000 to 9999
     */
    public static String formatDate(LocalDate value) {
        return appendDate(new StringBuilder(10), value).toString();
    }

    private static StringBuilder appendDate(StringBuilder out, LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new DateTimeException("RFC 3339 years have four digits, so year " + year + " cannot be written");
        }
        pad(out, year, 4).append('-');
        pad(out, date.getMonthValue(), 2).append('-');
        return pad(out, date.getDayOfMonth(), 2);
    }

    /** Appends a non-negative number as exactly {@code width} ASCII digits, whatever the Locale. */
    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value); // always ASCII, unlike String.format
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** A cursor over the text; every failure names the text, the position and the format. */
    private static final class Reader {
        private final CharSequence text;
        private final String expected;
        int pos;

        Reader(CharSequence text, String expected) {
            this.text = text;
            this.expected = expected;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        LocalDate date() {
            int year = digits(4, "year");
            expect('-');
            int month = digits(2, "month");
            expect('-');
            int day = digits(2, "day");
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                // Out-of-range month, or a day the month does not have (2021-02-29).
                throw fail("invalid date: " + e.getMessage(), 0);
            }
        }

        int digits(int count, String field) {
            int value = 0;
            for (int i = 0; i < count; i++) {
                int digit = asciiDigit(peek());
                if (digit < 0) {
                    throw fail(count + "-digit " + field + " expected at index " + pos, pos);
                }
                value = value * 10 + digit;
                pos++;
            }
            return value;
        }

        int fraction() {
            int start = pos;
            int value = 0;
            while (asciiDigit(peek()) >= 0) {
                if (pos - start < 9) {
                    value = value * 10 + asciiDigit(peek());
                }
                pos++;
            }
            int count = Math.min(pos - start, 9);
            if (pos == start) {
                throw fail("digit expected after '.' at index " + start, pos);
            }
            for (int i = count; i < 9; i++) {
                value *= 10;
            }
            return value;
        }

        ZoneOffset offset() {
            char c = peek();
            if (c == 'Z' || c == 'z') {
                pos++;
                return ZoneOffset.UTC;
            }
            if (c != '+' && c != '-') {
                throw fail("'Z', 'z', '+hh:mm' or '-hh:mm' expected at index " + pos, pos);
            }
            int start = pos++;
            int hours = digits(2, "offset hour");
            expect(':');
            int minutes = digits(2, "offset minute");
            if (hours > 23 || minutes > 59) {
                throw fail("invalid offset at index " + start, start);
            }
            int sign = c == '-' ? -1 : 1;
            try {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                throw fail("offset beyond ±18:00 at index " + start, start);
            }
        }

        void expect(char c) {
            // The message is built only on failure: this runs several times per value read.
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw fail("'" + c + "' expected at index " + pos, pos);
            }
            pos++;
        }

        void end() {
            if (pos != text.length()) {
                throw fail("unexpected text at index " + pos, pos);
            }
        }

        DateTimeParseException fail(String problem, int index) {
            return new DateTimeParseException("'" + text + "' is not " + expected + ": " + problem, text, index);
        }

        /** Only '0'..'9': Character.isDigit would also accept Thai, Arabic-Indic, ... digits. */
        private static int asciiDigit(char c) {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
    }
}
