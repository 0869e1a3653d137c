package io.specpoet.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Normalises the map in which a generated record keeps the JSON properties its schema does not
 * declare, so that they are written back as they were read.
 *
 * <p>Generated records call it from their compact constructor:
 *
 * <pre>{@code
 * public Pet {
 *   additionalProperties = AdditionalProperties.copyOf(additionalProperties);
 * }
 * }</pre>
 */
public final class AdditionalProperties {

    private AdditionalProperties() {}

    /**
     * Copies the map into an unmodifiable map that keeps its order.
     *
     * <p>{@code null} (Jackson passes it when the JSON had no unknown property, and callers may
     * too) becomes an empty map, so the record's accessor never returns {@code null}. A {@code
     * null} value becomes {@link NullNode}, the JSON {@code null} it stands for, so that it is
     * written back as {@code null} instead of being dropped. {@link Map#copyOf} is not used: it
     * loses the order and rejects {@code null} values.
     *
     * @param properties the properties, or {@code null}
     * @return an unmodifiable copy in the same order, never {@code null}
     */
    public static Map<String, JsonNode> copyOf(@Nullable Map<String, ? extends @Nullable JsonNode> properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>(properties.size() * 4 / 3 + 1);
        properties.forEach((name, value) -> copy.put(name, value == null ? NullNode.getInstance() : value));
        return Collections.unmodifiableMap(copy);
    }
}
