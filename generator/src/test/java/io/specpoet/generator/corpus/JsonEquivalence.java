package io.specpoet.generator.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.specpoet.generator.diagnostics.LocationIndex;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;

/**
 * Whether JSON written back is the JSON read, as a client can promise it: the order of object
 * keys, how a number is spelled ({@code 1} and {@code 1.0}) and how a date-time is spelled
 * ({@code Z} or {@code +00:00}, trailing zero fractions) do not count; everything else does.
 */
public final class JsonEquivalence {

    private JsonEquivalence() {}

    /** The first difference, as {@code at POINTER: expected …, written …}; null when equivalent. */
    public static String difference(JsonNode expected, JsonNode actual) {
        return difference(expected, actual, "");
    }

    private static String difference(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? null
                    : differs(expected, actual, pointer);
        }
        if (expected.isTextual() && actual.isTextual()) {
            return expected.asText().equals(actual.asText()) || sameInstant(expected.asText(), actual.asText())
                    ? null
                    : differs(expected, actual, pointer);
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + LocationIndex.escape(name);
                if (!expected.has(name) || !actual.has(name)) {
                    return "at " + child + ": "
                            + (expected.has(name)
                                    ? "dropped " + clip(expected.get(name))
                                    : "added " + clip(actual.get(name)));
                }
                String difference = difference(expected.get(name), actual.get(name), child);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return differs(expected, actual, pointer);
            }
            for (int i = 0; i < expected.size(); i++) {
                String difference = difference(expected.get(i), actual.get(i), pointer + "/" + i);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : differs(expected, actual, pointer);
    }

    private static boolean sameInstant(String expected, String actual) {
        try {
            return OffsetDateTime.parse(expected)
                    .toInstant()
                    .equals(OffsetDateTime.parse(actual).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String differs(JsonNode expected, JsonNode actual, String pointer) {
        return "at " + (pointer.isEmpty() ? "/" : pointer) + ": expected " + clip(expected) + ", written "
                + clip(actual);
    }

    private static String clip(JsonNode node) {
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
