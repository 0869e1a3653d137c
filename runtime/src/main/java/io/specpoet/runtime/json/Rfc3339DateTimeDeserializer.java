package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.specpoet.runtime.time.Rfc3339;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

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
public final class Rfc3339DateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = ...)}. */
  public Rfc3339DateTimeDeserializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (OffsetDateTime)
          ctxt.handleUnexpectedToken(
              getValueType(ctxt),
              p.currentToken(),
              p,
              "expected a JSON string holding an RFC 3339 date-time");
    }
    String text = p.getText();
    try {
      return Rfc3339.parseDateTime(text);
    } catch (DateTimeParseException e) {
      // Becomes an InvalidFormatException carrying the value, the target type and the JSON path.
      throw ctxt.weirdStringException(text, OffsetDateTime.class, e.getMessage());
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }
}
