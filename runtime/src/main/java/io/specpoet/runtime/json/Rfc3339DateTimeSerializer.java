package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.specpoet.runtime.time.Rfc3339;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

/**
 * Writes an {@link OffsetDateTime} as a JSON string holding an RFC 3339 {@code date-time}: {@code
 * uuuu-MM-dd'T'HH:mm:ss}, a fraction only when it is not zero (trailing zeros removed), then
 * {@code Z} or {@code ±hh:mm}. The local date-time and the offset are both kept, so {@link
 * Rfc3339DateTimeDeserializer} reads back an equal value (see {@link Rfc3339#formatDateTime}).
 *
 * <p>Generated code puts it on the property, {@code @JsonSerialize(using =
 * Rfc3339DateTimeSerializer.class)}, so no {@code jackson-datatype-jsr310} module is needed and
 * {@code SerializationFeature.WRITE_DATES_AS_TIMESTAMPS} has no effect. A value RFC 3339 cannot
 * express (year outside 0000 to 9999, offset with seconds) fails with a {@link
 * JsonMappingException} rather than being written in a form the server would reject.
 */
public final class Rfc3339DateTimeSerializer extends StdScalarSerializer<OffsetDateTime> {

    private static final long serialVersionUID = 1L;

    /** Creates the serializer; Jackson calls this for {@code @JsonSerialize(using = ...)}. */
    public Rfc3339DateTimeSerializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        String text;
        try {
            text = Rfc3339.formatDateTime(value);
        } catch (DateTimeException e) {
            throw JsonMappingException.from(gen, e.getMessage(), e);
        }
        gen.writeString(text);
    }
}
