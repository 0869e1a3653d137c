package io.specpoet.runtime.json;

import io.specpoet.runtime.time.Rfc3339;
import java.time.LocalDate;

/**
 * Reads a JSON string holding an RFC 3339 {@code full-date} (OpenAPI {@code format: date}),
 * strictly {@code uuuu-MM-dd}, into a {@link LocalDate}.
 *
 * <p>Generated code puts it on the property, {@code @JsonDeserialize(using =
 * Rfc3339DateDeserializer.class)}, so no {@code jackson-datatype-jsr310} module is needed. A bad
 * string fails with an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} naming the
 * value and the expected format; a non-string token with a {@link
 * com.fasterxml.jackson.databind.exc.MismatchedInputException}; JSON {@code null} reads as {@code
 * null}.
 */
public final class Rfc3339DateDeserializer extends Rfc3339TextDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = ...)}. */
    public Rfc3339DateDeserializer() {
        super(LocalDate.class, "an RFC 3339 full-date (uuuu-MM-dd)");
    }

    @Override
    LocalDate parse(String text) {
        return Rfc3339.parseDate(text);
    }
}
