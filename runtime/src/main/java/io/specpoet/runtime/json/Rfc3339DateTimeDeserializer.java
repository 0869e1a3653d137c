package io.specpoet.runtime.json;

import io.specpoet.runtime.time.Rfc3339;
import java.time.OffsetDateTime;

/**
 * Reads a JSON string holding an RFC 3339 {@code date-time} (OpenAPI {@code format: date-time})
 * into an {@link OffsetDateTime}, keeping the offset the text gave.
 *
 * <p>Generated code puts it on the property, {@code @JsonDeserialize(using =
 * Rfc3339DateTimeDeserializer.class)} (or {@code contentUsing} for lists and map values), so the
 * client needs no {@code jackson-datatype-jsr310} module and reads the same whatever modules the
 * caller's {@code ObjectMapper} has. The grammar and the leap-second and fraction decisions are
 * those of {@link Rfc3339#parseDateTime}.
 *
 * <p>A bad string fails with an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException}
 * naming the value and the expected format; a JSON number, boolean, object or array fails with a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}. JSON {@code null} reads as
 * {@code null} (Jackson handles it before calling this class).
 */
public final class Rfc3339DateTimeDeserializer extends Rfc3339TextDeserializer<OffsetDateTime> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = ...)}. */
    public Rfc3339DateTimeDeserializer() {
        super(OffsetDateTime.class, "an RFC 3339 date-time");
    }

    @Override
    OffsetDateTime parse(String text) {
        return Rfc3339.parseDateTime(text);
    }
}
