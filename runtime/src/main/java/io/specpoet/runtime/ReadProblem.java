package io.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Says why a response body could not be read, in terms of the spec rather than of Jackson. */
final class ReadProblem {

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
        return processing.getOriginalMessage() + at;
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
