package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RFC 3339 (de)serializers on records shaped as generated code will be, with a plain {@code
 * ObjectMapper}: jackson-datatype-jsr310 is not on the test class path.
 */
class Rfc3339JacksonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(
            @JsonProperty("at")
            @JsonSerialize(using = Rfc3339DateTimeSerializer.class)
            @JsonDeserialize(using = Rfc3339DateTimeDeserializer.class)
            OffsetDateTime at,

            @JsonProperty("on")
            @JsonSerialize(using = Rfc3339DateSerializer.class)
            @JsonDeserialize(using = Rfc3339DateDeserializer.class)
            LocalDate on) {}

    /** Containers need contentUsing: Jackson does not read TYPE_USE annotations. */
    record Schedule(
            @JsonProperty("times")
            @JsonSerialize(contentUsing = Rfc3339DateTimeSerializer.class)
            @JsonDeserialize(contentUsing = Rfc3339DateTimeDeserializer.class)
            List<OffsetDateTime> times,

            @JsonProperty("holidays")
            @JsonSerialize(contentUsing = Rfc3339DateSerializer.class)
            @JsonDeserialize(contentUsing = Rfc3339DateDeserializer.class)
            Map<String, LocalDate> holidays) {}

    /** What happens without the annotations: proves jsr310 is absent, so the tests mean something. */
    record Unannotated(@JsonProperty("at") OffsetDateTime at) {}

    @Test
    void jsr310ModuleIsNotOnTheClassPath() {
        assertThat(MAPPER.getRegisteredModuleIds()).isEmpty();
        assertThatThrownBy(() -> MAPPER.readValue("{\"at\":\"2021-01-01T00:00:00Z\"}", Unannotated.class))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("jackson-datatype-jsr310");
    }

    @Test
    void readsAndWritesAnnotatedRecordComponents() throws Exception {
        Event event = MAPPER.readValue("{\"at\":\"2021-01-01 12:01:00.000Z\",\"on\":\"2021-01-31\"}", Event.class);
        assertThat(event)
                .isEqualTo(new Event(
                        OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 0, ZoneOffset.UTC), LocalDate.of(2021, 1, 31)));
        assertThat(MAPPER.writeValueAsString(event))
                .isEqualTo("{\"at\":\"2021-01-01T12:01:00Z\",\"on\":\"2021-01-31\"}");
    }

    @Test
    void roundTripsTheValueIncludingTheOffset() throws Exception {
        Event event = new Event(
                OffsetDateTime.of(2021, 1, 1, 23, 59, 59, 120_000_000, ZoneOffset.ofHoursMinutes(-9, -30)),
                LocalDate.of(2020, 2, 29));
        String json = MAPPER.writeValueAsString(event);
        assertThat(json).isEqualTo("{\"at\":\"2021-01-01T23:59:59.12-09:30\",\"on\":\"2020-02-29\"}");
        assertThat(MAPPER.readValue(json, Event.class)).isEqualTo(event);
    }

    @Test
    void ignoresWriteDatesAsTimestamps() throws Exception {
        ObjectMapper timestamps =
                new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Event event = new Event(OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null);
        assertThat(timestamps.writeValueAsString(event)).isEqualTo("{\"at\":\"2021-01-01T00:00:00Z\"}");
    }

    @Test
    void readsJsonNullAndAbsenceAsNull() throws Exception {
        assertThat(MAPPER.readValue("{\"at\":null,\"on\":null}", Event.class)).isEqualTo(new Event(null, null));
        assertThat(MAPPER.readValue("{}", Event.class)).isEqualTo(new Event(null, null));
        assertThat(MAPPER.writeValueAsString(new Event(null, null))).isEqualTo("{}");
    }

    @Test
    void worksInsideListsAndMapsWithContentUsing() throws Exception {
        String json = "{\"times\":[\"2021-01-01T00:00:00Z\",\"2021-06-30T23:59:60Z\",null],"
                + "\"holidays\":{\"new year\":\"2022-01-01\"}}";
        Schedule schedule = MAPPER.readValue(json, Schedule.class);
        assertThat(schedule.times())
                .containsExactly(
                        OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(2021, 6, 30, 23, 59, 59, 999_999_999, ZoneOffset.UTC),
                        null);
        assertThat(schedule.holidays()).containsEntry("new year", LocalDate.of(2022, 1, 1));
        assertThat(MAPPER.writeValueAsString(schedule))
                .isEqualTo("{\"times\":[\"2021-01-01T00:00:00Z\",\"2021-06-30T23:59:59.999999999Z\",null],"
                        + "\"holidays\":{\"new year\":\"2022-01-01\"}}");
    }

    @Test
    void badDateTimeFailsWithInvalidFormatNamingValueFormatAndPath() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"at\":\"2021-02-29T12:00:00Z\"}", Event.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getValue()).isEqualTo("2021-02-29T12:00:00Z");
                    assertThat(e.getTargetType()).isEqualTo(OffsetDateTime.class);
                    assertThat(e.getPath())
                            .extracting(JsonMappingException.Reference::getFieldName)
                            .containsExactly("at");
                    assertThat(e.getOriginalMessage())
                            .contains("\"2021-02-29T12:00:00Z\"")
                            .contains("is not an RFC 3339 date-time such as 2021-01-01T12:01:00.000Z")
                            .contains("invalid date");
                })
                .hasNoCause(); // no DateTimeParseException leaks: the message already carries everything
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "2021-01-01", "2021-01-01T12:00:00", "2021-01-01T12:00:00.Z",
                "2021-01-01T12:00Z", "1612137600", " 2021-01-01T12:00:00Z", "2021-01-01T12:00:00+0100"
            })
    void rejectsStringsThatAreNotRfc3339DateTimes(String text) {
        assertThatThrownBy(() -> MAPPER.readValue("{\"at\":\"" + text + "\"}", Event.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("RFC 3339 date-time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1612137600", "1612137600.5", "true", "[\"2021-01-01T00:00:00Z\"]", "{}"})
    void rejectsNonStringTokensForDateTime(String json) {
        assertThatThrownBy(() -> MAPPER.readValue("{\"at\":" + json + "}", Event.class))
                .isInstanceOf(MismatchedInputException.class)
                .isNotInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("expected a JSON string holding an RFC 3339 date-time");
    }

    @Test
    void badDateFailsWithInvalidFormatNamingValueAndFormat() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"on\":\"2021-1-31\"}", Event.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getValue()).isEqualTo("2021-1-31");
                    assertThat(e.getTargetType()).isEqualTo(LocalDate.class);
                    assertThat(e.getOriginalMessage()).contains("is not an RFC 3339 full-date such as 2021-01-31");
                });
        assertThatThrownBy(() -> MAPPER.readValue("{\"on\":\"2021-01-31T00:00:00Z\"}", Event.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"on\":20210131}", Event.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("expected a JSON string holding an RFC 3339 full-date (uuuu-MM-dd)");
    }

    @Test
    void refusesToWriteValuesRfc3339CannotExpress() {
        Event farFuture = new Event(OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null);
        assertThatThrownBy(() -> MAPPER.writeValueAsString(farFuture))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("year 10000");
        Event lmt = new Event(OffsetDateTime.of(1850, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(75)), null);
        assertThatThrownBy(() -> MAPPER.writeValueAsString(lmt))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("offsets have no seconds");
        Event bigDate = new Event(null, LocalDate.of(-5, 1, 1));
        assertThatThrownBy(() -> MAPPER.writeValueAsString(bigDate))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("year -5");
    }

    @Test
    void isDeterministicWhateverTheDefaultLocaleAndTimeZone() throws Exception {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        String json = "{\"at\":\"2021-03-04T05:06:07.08+05:45\",\"on\":\"2021-03-04\"}";
        Event expected = new Event(
                OffsetDateTime.of(2021, 3, 4, 5, 6, 7, 80_000_000, ZoneOffset.ofHoursMinutes(5, 45)),
                LocalDate.of(2021, 3, 4));
        for (String tag : new String[] {"ar-EG", "th-TH-u-nu-thai"}) {
            try {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
                // A fresh mapper too, in case anything is captured when a mapper is built.
                ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
                for (ObjectMapper m : List.of(MAPPER, mapper)) {
                    Event read = m.readValue(json, Event.class);
                    assertThat(read).isEqualTo(expected);
                    assertThat(read.at().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
                    assertThat(m.writeValueAsString(read)).isEqualTo(json);
                    assertThat(m.writeValueAsString(new Event(read.at().withOffsetSameInstant(ZoneOffset.UTC), null)))
                            .isEqualTo("{\"at\":\"2021-03-03T23:21:07.08Z\"}");
                }
            } finally {
                Locale.setDefault(savedLocale);
                TimeZone.setDefault(savedZone);
            }
        }
        assertThat(Locale.getDefault()).isEqualTo(savedLocale);
        assertThat(TimeZone.getDefault()).isEqualTo(savedZone);
    }
}
