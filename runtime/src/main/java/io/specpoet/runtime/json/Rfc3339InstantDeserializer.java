package io.specpoet.runtime.json;

import io.specpoet.runtime.time.Rfc3339;
import java.time.Instant;

/**
 * Reads a JSON string holding an RFC 3339 {@code date-time} into an {@link Instant}: the same
 * grammar as {@link Rfc3339DateTimeDeserializer} (a space between date and time included), with the
 * offset applied. Generated code uses it when a type mapping makes {@code date-time} an {@code
 * Instant}.
 */
public final class Rfc3339InstantDeserializer extends Rfc3339TextDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = ...)}. */
    public Rfc3339InstantDeserializer() {
        super(Instant.class, "an RFC 3339 date-time");
    }

    @Override
    Instant parse(String text) {
        return Rfc3339.parseDateTime(text).toInstant();
    }
}
