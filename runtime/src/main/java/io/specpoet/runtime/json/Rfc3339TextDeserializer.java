package io.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.format.DateTimeParseException;

/**
 * What the RFC 3339 deserializers share: a JSON string is parsed by the subclass; any other token
 * fails with a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} and a bad string
 * with an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} carrying the value, the
 * target type and the JSON path.
 */
abstract class Rfc3339TextDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final String expected;

    /**
     * @param type the Java type read
     * @param expected what the JSON string must hold, for messages ("an RFC 3339 date-time")
     */
    Rfc3339TextDeserializer(Class<T> type, String expected) {
        super(type);
        this.expected = expected;
    }

    /** Parses the text, or throws {@link DateTimeParseException}. */
    abstract T parse(String text);

    @Override
    @SuppressWarnings("unchecked")
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(
                    getValueType(ctxt), p.currentToken(), p, "expected a JSON string holding " + expected);
        }
        String text = p.getText();
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            throw ctxt.weirdStringException(text, handledType(), e.getMessage());
        }
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.DateTime;
    }
}
