package io.specpoet.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Drops {@code additionalProperties} from schemas that declare a scalar {@code type}, and
 * {@code items} from schemas that declare any type but {@code array}, before Swagger Parser reads
 * them: it would make such a schema a map or an array schema and forget the declared type, so
 * {@code type: string} with a stray {@code additionalProperties} (GitHub's {@code hook-delivery}
 * payload) or {@code items} (Xero, DigitalOcean) could not read its string. The type a schema
 * declares wins over a keyword that does not apply to it.
 */
final class StrayKeywords {

    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");

    /** Keywords whose values are data, not schemas: left as they are. */
    private static final Set<String> DATA_KEYWORDS = Set.of("example", "examples", "default", "enum", "const");

    private StrayKeywords() {}

    static void dropFromScalarSchemas(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null && type.isTextual() && SCALAR_TYPES.contains(type.textValue())) {
                object.remove("additionalProperties");
            }
            if (type != null && type.isTextual() && !type.textValue().equals("array")) {
                object.remove("items");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!DATA_KEYWORDS.contains(field.getKey())) {
                    dropFromScalarSchemas(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(StrayKeywords::dropFromScalarSchemas);
        }
    }
}
