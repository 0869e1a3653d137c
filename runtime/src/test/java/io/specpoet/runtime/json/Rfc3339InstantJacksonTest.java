package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code date-time} mapped to {@link Instant}: read as RFC 3339 like the default type, written in UTC. */
class Rfc3339InstantJacksonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    record Event(
            @JsonProperty("at")
            @JsonSerialize(using = Rfc3339InstantSerializer.class)
            @JsonDeserialize(using = Rfc3339InstantDeserializer.class)
            Instant at) {}

    @Test
    void readsOffsetsAndTheSpaceSeparator() throws Exception {
        assertThat(MAPPER.readValue("{\"at\":\"2021-10-26 12:34:56.789+02:00\"}", Event.class)
                        .at())
                .isEqualTo(Instant.parse("2021-10-26T10:34:56.789Z"));
        assertThat(MAPPER.readValue("{\"at\":\"2021-10-26t10:34:56z\"}", Event.class)
                        .at())
                .isEqualTo(Instant.parse("2021-10-26T10:34:56Z"));
    }

    @Test
    void writesUtcAndReadsItBack() throws Exception {
        Event event = new Event(Instant.parse("2021-10-26T10:34:56.5Z"));
        String json = MAPPER.writeValueAsString(event);
        assertThat(json).isEqualTo("{\"at\":\"2021-10-26T10:34:56.5Z\"}");
        assertThat(MAPPER.readValue(json, Event.class)).isEqualTo(event);
    }

    @Test
    void badTextNamesTheValue() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"at\":\"yesterday\"}", Event.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("yesterday");
    }
}
