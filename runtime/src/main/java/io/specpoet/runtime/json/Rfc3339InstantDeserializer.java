package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.specpoet.runtime.time.Rfc3339;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads a JSON string holding an RFC 3339 {@code date-time} into an {@link Instant}: the same
 * grammar as {@link Rfc3339DateTimeDeserializer} (a space between date and time included), with the
 * offset applied. Generated code uses it when a type mapping makes {@code date-time} an {@code
 * Instant}.
 */
public final class Rfc3339InstantDeserializer extends StdScalarDeserializer<Instant> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this for {@code @JsonDeserialize(using = ...)}. */
  public Rfc3339InstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (Instant)
          ctxt.handleUnexpectedToken(
              getValueType(ctxt),
              p.currentToken(),
              p,
              "expected a JSON string holding an RFC 3339 date-time");
    }
    String text = p.getText();
    try {
      return Rfc3339.parseDateTime(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ctxt.weirdStringException(text, Instant.class, e.getMessage());
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }
}
