package io.specpoet.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    private static OffsetDateTime odt(String isoText) {
        return OffsetDateTime.parse(isoText); // java.time's ISO parser as an independent oracle
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2021-01-01T12:01:00Z           | 2021-01-01T12:01:00Z",
                "2021-01-01t12:01:00z           | 2021-01-01T12:01:00Z",
                "2021-01-01 12:01:00.000Z       | 2021-01-01T12:01:00Z", // Northflank's documented form
                "2021-01-01T12:01:00.5Z         | 2021-01-01T12:01:00.5Z",
                "2021-01-01T12:01:00.123456789Z | 2021-01-01T12:01:00.123456789Z",
                "2021-01-01T12:01:00.000000001Z | 2021-01-01T12:01:00.000000001Z",
                "2021-01-01T12:01:00.12+05:45   | 2021-01-01T12:01:00.12+05:45",
                "2021-01-01T12:01:00-08:00      | 2021-01-01T12:01:00-08:00",
                "2021-01-01T12:01:00+00:00      | 2021-01-01T12:01:00Z",
                "2021-01-01T12:01:00-00:00      | 2021-01-01T12:01:00Z", // "unknown local offset"
                "2021-01-01T12:01:00+18:00      | 2021-01-01T12:01:00+18:00",
                "2021-01-01T12:01:00-18:00      | 2021-01-01T12:01:00-18:00",
                "2020-02-29T00:00:00Z           | 2020-02-29T00:00:00Z",
                "0000-01-01T00:00:00Z           | 0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z | 9999-12-31T23:59:59.999999999Z",
                // More than 9 digits: truncated to the nanosecond, never into the next second.
                "2021-01-01T12:01:00.1234567890Z | 2021-01-01T12:01:00.123456789Z",
                "2021-01-01T12:01:59.99999999999999999999Z | 2021-01-01T12:01:59.999999999Z",
                "2021-01-01T12:01:00.0000000009+01:00 | 2021-01-01T12:01:00+01:00",
            })
    void readsDateTimes(String text, String expected) {
        OffsetDateTime parsed = Rfc3339.parseDateTime(text);
        assertThat(parsed).isEqualTo(odt(expected)); // equals: same local date-time AND same offset
    }

    @Test
    void keepsTheOffsetNotJustTheInstant() {
        OffsetDateTime parsed = Rfc3339.parseDateTime("2021-01-01T12:01:00+05:45");
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
        assertThat(parsed.toInstant()).isEqualTo(Instant.parse("2021-01-01T06:16:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1990-12-31T23:59:60Z           | 1990-12-31T23:59:59.999999999Z",
                "1990-12-31T23:59:60.5Z         | 1990-12-31T23:59:59.999999999Z",
                "1990-12-31T15:59:60-08:00      | 1990-12-31T15:59:59.999999999-08:00", // RFC 3339 example
                "1991-01-01T05:44:60+05:45      | 1991-01-01T05:44:59.999999999+05:45",
                "2016-12-31T23:59:60z           | 2016-12-31T23:59:59.999999999Z",
            })
    void readsALeapSecondAsTheLastNanosecondOfItsMinute(String text, String expected) {
        OffsetDateTime parsed = Rfc3339.parseDateTime(text);
        assertThat(parsed).isEqualTo(odt(expected));
        // Still before the next UTC day, and not before anything else in the leap minute.
        assertThat(parsed.isAfter(odt(expected).withNano(999_999_998))).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\"\"                              | 4-digit year expected at index 0",
                "2021-01-01                      | 'T', 't' or ' ' expected at index 10",
                "2021-01-01T12:01Z               | ':' expected at index 16",
                "2021-01-01T12:01:00             | 'Z', 'z', '+hh:mm' or '-hh:mm' expected at index 19",
                "2021-01-01T12:01:00.Z           | digit expected after '.' at index 20",
                "2021-01-01T12:01:00,5Z          | 'Z', 'z', '+hh:mm' or '-hh:mm' expected at index 19",
                "2021-01-01_12:01:00Z            | 'T', 't' or ' ' expected at index 10",
                "2021-01-01T12:01:00+0545        | ':' expected at index 22",
                "2021-01-01T12:01:00+05          | ':' expected at index 22",
                "2021-01-01T12:01:00+05:45:30    | unexpected text at index 25",
                "2021-01-01T12:01:00+19:00       | offset beyond ±18:00",
                "2021-01-01T12:01:00+05:60       | invalid offset",
                "2021-01-01T12:01:00+24:00       | invalid offset",
                "2021-01-01T12:01:00ZZ           | unexpected text at index 20",
                "\"2021-01-01T12:01:00Z \"         | unexpected text at index 20", // trailing space
                "21-01-01T12:01:00Z              | 4-digit year expected at index 2",
                "2021-1-01T12:01:00Z             | 2-digit month expected at index 6",
                "+2021-01-01T12:01:00Z           | 4-digit year expected at index 0",
                "2021-13-01T12:01:00Z            | invalid date",
                "2021-00-01T12:01:00Z            | invalid date",
                "2021-02-29T12:01:00Z            | invalid date",
                "2021-04-31T12:01:00Z            | invalid date",
                "2021-01-01T24:00:00Z            | invalid time",
                "2021-01-01T12:60:00Z            | invalid time",
                "2021-01-01T12:01:61Z            | invalid time",
                "2021-01-01T12:01:60Z            | second 60 (a leap second) occurs only at 23:59 UTC",
                "2021-12-31T23:59:60+01:00       | second 60 (a leap second) occurs only at 23:59 UTC",
                "２０２１-01-01T12:01:00Z          | 4-digit year expected at index 0", // full-width digits
                "٢٠٢١-01-01T12:01:00Z            | 4-digit year expected at index 0", // Arabic-Indic digits
            })
    void rejectsWhatIsNotAnRfc3339DateTime(String text, String problem) {
        String input = text == null ? "" : text;
        assertThatThrownBy(() -> Rfc3339.parseDateTime(input))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("'" + input + "' is not an RFC 3339 date-time such as")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((DateTimeParseException) e).getParsedString())
                        .isEqualTo(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2021-01-01T12:01:00Z           | 2021-01-01T12:01:00Z",
                "2021-01-01T12:01:00.500Z       | 2021-01-01T12:01:00.5Z",
                "2021-01-01T12:01:00.120+05:45  | 2021-01-01T12:01:00.12+05:45",
                "2021-01-01T12:01:00.000001Z    | 2021-01-01T12:01:00.000001Z",
                "2021-01-01T12:01:00.000000001Z | 2021-01-01T12:01:00.000000001Z",
                "2021-01-01T12:01:00.1234567Z   | 2021-01-01T12:01:00.1234567Z",
                "2021-01-01T00:00:00-00:30      | 2021-01-01T00:00:00-00:30",
                "2021-01-01T00:00:00-09:30      | 2021-01-01T00:00:00-09:30",
                "2021-01-01T00:00:00+14:00      | 2021-01-01T00:00:00+14:00",
                "0001-02-03T04:05:06Z           | 0001-02-03T04:05:06Z",
                "0000-01-01T00:00:00Z           | 0000-01-01T00:00:00Z",
            })
    void writesTheValueAndReadsItBack(String value, String expectedText) {
        OffsetDateTime original = odt(value);
        String written = Rfc3339.formatDateTime(original);
        assertThat(written).isEqualTo(expectedText);
        assertThat(Rfc3339.parseDateTime(written)).isEqualTo(original);
    }

    @Test
    void writesAlwaysSecondsEvenWhenZeroUnlikeOffsetDateTimeToString() {
        OffsetDateTime value = OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 0, ZoneOffset.UTC);
        assertThat(value.toString()).isEqualTo("2021-01-01T12:01Z");
        assertThat(Rfc3339.formatDateTime(value)).isEqualTo("2021-01-01T12:01:00Z");
    }

    @Test
    void roundTripsEveryFractionLength() {
        int nano = 123_456_789;
        for (int digits = 0; digits <= 9; digits++) {
            int truncated = nano / (int) Math.pow(10, 9 - digits) * (int) Math.pow(10, 9 - digits);
            OffsetDateTime value = OffsetDateTime.of(2021, 6, 30, 23, 59, 59, truncated, ZoneOffset.ofHours(-3));
            String written = Rfc3339.formatDateTime(value);
            assertThat(written).hasSize(25 + (digits == 0 ? 0 : digits + 1));
            assertThat(Rfc3339.parseDateTime(written)).isEqualTo(value);
        }
    }

    @Test
    void refusesToWriteWhatRfc3339CannotExpress() {
        assertThatThrownBy(
                        () -> Rfc3339.formatDateTime(odt("2021-01-01T00:00:00Z").withYear(10000)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("year 10000");
        assertThatThrownBy(
                        () -> Rfc3339.formatDateTime(odt("2021-01-01T00:00:00Z").withYear(-1)))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("year -1");
        OffsetDateTime lmt = OffsetDateTime.of(1850, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 1, 15));
        assertThatThrownBy(() -> Rfc3339.formatDateTime(lmt))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("offsets have no seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-01-31", "2020-02-29", "0000-01-01", "9999-12-31"})
    void readsAndWritesFullDates(String text) {
        LocalDate date = Rfc3339.parseDate(text);
        assertThat(date).isEqualTo(LocalDate.parse(text));
        assertThat(Rfc3339.formatDate(date)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2021-1-31",
                "2021-01-1",
                "21-01-31",
                "2021/01/31",
                "2021-02-29",
                "2021-01-32",
                "2021-01-31T00:00:00Z",
                "2021-01-31 ",
                " 2021-01-31",
                "+2021-01-31",
                "20210131",
                "２０２１-01-31"
            })
    void rejectsWhatIsNotAnRfc3339FullDate(String text) {
        assertThatThrownBy(() -> Rfc3339.parseDate(text))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("'" + text + "' is not an RFC 3339 full-date such as 2021-01-31");
    }

    @Test
    void refusesToWriteFiveDigitYears() {
        assertThatThrownBy(() -> Rfc3339.formatDate(LocalDate.of(10000, 1, 1))).isInstanceOf(DateTimeException.class);
    }

    @Test
    void ignoresTheDefaultLocaleAndTimeZone() {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        OffsetDateTime value = odt("2021-03-04T05:06:07.08+05:45");
        for (String tag : new String[] {"ar-EG", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "fa-IR"}) {
            try {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
                assertThat(Rfc3339.formatDateTime(value)).isEqualTo("2021-03-04T05:06:07.08+05:45");
                assertThat(Rfc3339.parseDateTime("2021-03-04T05:06:07.08+05:45"))
                        .isEqualTo(value);
                assertThat(Rfc3339.formatDateTime(odt("2021-03-04T05:06:07Z"))).isEqualTo("2021-03-04T05:06:07Z");
                assertThat(Rfc3339.formatDate(LocalDate.of(2021, 3, 4))).isEqualTo("2021-03-04");
                assertThat(Rfc3339.parseDate("2021-03-04")).isEqualTo(LocalDate.of(2021, 3, 4));
            } finally {
                Locale.setDefault(savedLocale);
                TimeZone.setDefault(savedZone);
            }
        }
    }
}
