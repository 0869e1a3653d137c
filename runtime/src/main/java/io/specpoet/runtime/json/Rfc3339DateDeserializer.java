package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.specpoet.runtime.time.Rfc3339;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
public final class Rfc3339DateDeserializer extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = ...)}. */
  public Rfc3339DateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (LocalDate)
          ctxt.handleUnexpectedToken(
              getValueType(ctxt),
              p.currentToken(),
              p,
              "expected a JSON string holding an RFC 3339 full-date (uuuu-MM-dd)");
    }
    String text = p.getText();
    try {
      return Rfc3339.parseDate(text);
    } catch (DateTimeParseException e) {
      throw ctxt.weirdStringException(text, LocalDate.class, e.getMessage());
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }
}
