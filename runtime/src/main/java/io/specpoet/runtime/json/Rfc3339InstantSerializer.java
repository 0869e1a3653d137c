package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.specpoet.runtime.time.Rfc3339;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes an {@link Instant} as a JSON string holding an RFC 3339 {@code date-time} in UTC ({@code
 * Z}), as {@link Rfc3339DateTimeSerializer} writes an {@code OffsetDateTime}. Generated code uses
 * it when a type mapping makes {@code date-time} an {@code Instant}.
 */
public final class Rfc3339InstantSerializer extends StdScalarSerializer<Instant> {

    private static final long serialVersionUID = 1L;

    /** Creates the serializer; Jackson calls this for {@code @JsonSerialize(using = ...)}. */
    public Rfc3339InstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        String text;
        try {
            text = Rfc3339.formatDateTime(value.atOffset(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            throw JsonMappingException.from(gen, e.getMessage(), e);
        }
        gen.writeString(text);
    }
}
