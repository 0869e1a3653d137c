package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdditionalPropertiesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void nullAndEmptyBecomeAnEmptyMap() {
        assertThat(AdditionalProperties.copyOf(null)).isNotNull().isEmpty();
        assertThat(AdditionalProperties.copyOf(Map.of())).isEmpty();
    }

    @Test
    void copiesInOrderAndUnmodifiably() {
        Map<String, JsonNode> source = new LinkedHashMap<>();
        for (String key : new String[] {"z", "a", "m", "b", "y", "c"}) {
            source.put(key, NODES.textNode(key));
        }
        Map<String, JsonNode> copy = AdditionalProperties.copyOf(source);
        assertThat(copy.keySet()).containsExactly("z", "a", "m", "b", "y", "c");
        source.clear();
        assertThat(copy).hasSize(6); // a copy, not a view
        assertThatThrownBy(() -> copy.put("x", NODES.nullNode())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> AdditionalProperties.copyOf(null).put("x", NODES.nullNode()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void javaNullValuesBecomeJsonNull() {
        Map<String, JsonNode> source = new LinkedHashMap<>();
        source.put("gone", null);
        source.put("kept", NODES.numberNode(1));
        assertThat(AdditionalProperties.copyOf(source))
                .containsExactly(Map.entry("gone", NullNode.getInstance()), Map.entry("kept", NODES.numberNode(1)));
    }
}
