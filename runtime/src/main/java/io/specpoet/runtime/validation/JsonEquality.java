package io.specpoet.runtime.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON values in a form whose {@code equals} and {@code hashCode} are JSON Schema's equality:
 * numbers become decimals without trailing zeros (so {@code 1} and {@code 1.0} are equal), and
 * objects compare as maps (so key order does not matter).
 */
final class JsonEquality {

    /** The mapper generated models bind with; values are only written, never read. */
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonEquality() {}

    /** The JSON a Java value is written as, in canonical form. */
    static JsonNode canonical(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        return canonicalize(tree);
    }

    /** Parses JSON text into canonical form. */
    static JsonNode parse(String json) {
        try {
            return canonicalize(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** The JSON a Java value is written as, without canonicalizing. */
    static JsonNode tree(Object value) {
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }

    private static JsonNode canonicalize(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return NODES.nullNode();
        }
        if (node.isNumber()) {
            if (node.isDouble() || node.isFloat()) {
                double d = node.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return node;
                }
            }
            BigDecimal decimal = node.decimalValue();
            return NODES.numberNode(decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros());
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode(node.size());
            node.forEach(element -> out.add(canonicalize(element)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(field.getKey(), canonicalize(field.getValue()));
            }
            return out;
        }
        return node;
    }
}
