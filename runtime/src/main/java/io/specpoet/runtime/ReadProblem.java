package io.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Says why a response body could not be read, in terms of the spec rather than of Jackson. */
final class ReadProblem {

    /** Jackson's advice to turn coercion back on, which the runtime turns off on purpose. */
    private static final Pattern COERCION_HINT = Pattern.compile(" \\(but (could|might) if coercion[^)]*\\)");

    private ReadProblem() {}

    /**
     * What went wrong and where: the property path in the body, and for a number too large for its
     * Java type, that type and why it was chosen.
     */
    static String describe(Exception e) {
        if (!(e instanceof JsonProcessingException processing)) {
            return e.toString();
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String at = path.isEmpty() ? "" : " at " + path;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException coercion) {
                String target = javaType(coercion.getTargetType());
                String rule = switch (target) {
                    case "Long" ->
                        " An integer without a format, or with format int64, is read as a"
                                + " 64-bit Long; give the schema bounds beyond that range to have it read as"
                                + " BigInteger.";
                    case "Integer" -> " An integer with format int32 is read as a 32-bit Integer.";
                    default -> "";
                };
                return "the number"
                        + at
                        + " is beyond the range of "
                        + target
                        + " ("
                        + coercion.getOriginalMessage()
                        + ")."
                        + rule;
            }
        }
        if (e instanceof MismatchedInputException mismatch && schemaType(mismatch.getTargetType()) != null) {
            String kind = e instanceof InvalidFormatException format ? jsonKind(format.getValue()) : null;
            String type =
                    schemaType(mismatch.getTargetType()) + " (read as " + javaType(mismatch.getTargetType()) + ")";
            if (kind != null) {
                return "the value" + at + " is " + kind + ", but its schema's type is " + type
                        + "; values are never converted between JSON types.";
            }
            return "the value" + at + " is not of its schema's type, " + type + ": "
                    + COERCION_HINT.matcher(processing.getOriginalMessage()).replaceAll("");
        }
        return processing.getOriginalMessage() + at;
    }

    /** The JSON Schema type a scalar Java type stands for, or null. */
    private static String schemaType(Class<?> type) {
        if (type == Long.class
                || type == long.class
                || type == Integer.class
                || type == int.class
                || type == BigInteger.class) {
            return "integer";
        }
        if (type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class
                || type == BigDecimal.class) {
            return "number";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return null;
    }

    /** The JSON kind and text of a value Jackson refused to coerce, or null if unknown. */
    private static String jsonKind(Object value) {
        if (value instanceof String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            return "the string \"" + shown + "\"";
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return "the number " + value + ", written with a fraction or exponent";
        }
        if (value instanceof Number) {
            return "the integer " + value;
        }
        return null;
    }

    private static String javaType(Class<?> type) {
        if (type == null) {
            return "its Java type";
        }
        if (type == long.class) {
            return "Long";
        }
        if (type == int.class) {
            return "Integer";
        }
        return type.getSimpleName();
    }

    /** The path in Bean Validation's style: {@code data.items[0].count}. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
