package io.specpoet.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads structured query parameter values (maps, generated records, JSON trees) as JSON, so that
 * the query styles of {@link ApiRequest.Builder#queryParameter(String, Object,
 * ApiRequest.QueryStyle, boolean)} see properties and elements rather than {@code toString()}.
 */
final class QueryValues {

    /**
     * Generated models carry their own Jackson annotations and codecs, so a plain mapper writes
     * them as the client's would; requests are built before any client is involved.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QueryValues() {}

    static boolean isObject(Object value) {
        return value instanceof Map<?, ?>
                || value instanceof Record
                || (value instanceof JsonNode node && node.isObject());
    }

    static JsonNode tree(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Map<?, ?> || value instanceof Record || value instanceof Collection<?>) {
            return MAPPER.valueToTree(value);
        }
        // Scalars are written as ApiRequest writes any parameter (RFC 3339 dates, plain decimals).
        return MAPPER.getNodeFactory().textNode(ApiRequest.text(value));
    }

    /** The text of a scalar node, or null for JSON null; containers as compact JSON. */
    static String text(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The elements of a collection, or the keys and values of an object, as text; nulls left out. */
    static List<String> parts(Object value) {
        List<String> parts = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            for (Object element : values) {
                if (element != null) {
                    parts.add(isObject(element) ? text(tree(element)) : ApiRequest.text(element));
                }
            }
        } else if (isObject(value)) {
            tree(value).fields().forEachRemaining(f -> {
                String text = text(f.getValue());
                if (text != null) {
                    parts.add(f.getKey());
                    parts.add(text);
                }
            });
        } else {
            parts.add(ApiRequest.text(value));
        }
        return parts;
    }
}
