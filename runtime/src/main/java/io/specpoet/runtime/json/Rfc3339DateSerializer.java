package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.specpoet.runtime.time.Rfc3339;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Writes a {@link LocalDate} as a JSON string holding an RFC 3339 {@code full-date}, {@code
 * uuuu-MM-dd}. Generated code puts it on the property, {@code @JsonSerialize(using =
 * Rfc3339DateSerializer.class)}, so no {@code jackson-datatype-jsr310} module is needed. A year
 * outside 0000 to 9999 fails with a {@link JsonMappingException}.
 */
public final class Rfc3339DateSerializer extends StdScalarSerializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    /** Creates the serializer; Jackson calls this for {@code @JsonSerialize(using = ...)}. */
    public Rfc3339DateSerializer() {
        super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        String text;
        try {
            text = Rfc3339.formatDate(value);
        } catch (DateTimeException e) {
            throw JsonMappingException.from(gen, e.getMessage(), e);
        }
        gen.writeString(text);
    }
}
