package io.specpoet.generator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Damages a parsed spec the way careless edits do: a node deleted, duplicated or given another
 * type. Each mutation is described so a failure names what was done.
 */
final class SpecMutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<String> SCHEMA_TYPES =
            List.of("string", "integer", "number", "boolean", "array", "object", "null", "bogus");

    private SpecMutations() {}

    /** A place in the tree: the container and the key or index of the node in it. */
    private record Slot(JsonNode container, String key, int index, String pointer) {
        JsonNode value() {
            return container.isObject() ? container.get(key) : container.get(index);
        }
    }

    /** Applies {@code count} random mutations to {@code root} in place; returns what each did. */
    static List<String> mutate(JsonNode root, Random random, int count) {
        List<String> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Slot> slots = new ArrayList<>();
            collect(root, "", slots);
            if (slots.isEmpty()) {
                break;
            }
            Slot slot = slots.get(random.nextInt(slots.size()));
            done.add(
                    switch (random.nextInt(3)) {
                        case 0 -> delete(slot);
                        case 1 -> duplicate(slot, random);
                        default -> retype(slot, random);
                    });
        }
        return done;
    }

    private static void collect(JsonNode node, String pointer, List<Slot> slots) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                slots.add(new Slot(node, name, -1, child));
                collect(node.get(name), child, slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                slots.add(new Slot(node, null, i, child));
                collect(node.get(i), child, slots);
            }
        }
    }

    private static String delete(Slot slot) {
        if (slot.container() instanceof ObjectNode object) {
            object.remove(slot.key());
        } else {
            ((ArrayNode) slot.container()).remove(slot.index());
        }
        return "deleted " + slot.pointer();
    }

    /** An object member is copied under a name that collides after case or punctuation changes. */
    private static String duplicate(Slot slot, Random random) {
        JsonNode copy = slot.value().deepCopy();
        if (slot.container() instanceof ObjectNode object) {
            String key = slot.key();
            String newKey = switch (random.nextInt(4)) {
                case 0 -> key.toUpperCase(Locale.ROOT);
                case 1 -> key.toLowerCase(Locale.ROOT);
                case 2 -> key + "_";
                default -> "x" + key;
            };
            if (newKey.equals(key)) {
                newKey = key + "2";
            }
            object.set(newKey, copy);
            return "duplicated " + slot.pointer() + " as '" + newKey + "'";
        }
        ((ArrayNode) slot.container()).insert(slot.index(), copy);
        return "duplicated " + slot.pointer();
    }

    /** Replaces a node with one of another JSON type; a schema's {@code type} gets another type name. */
    private static String retype(Slot slot, Random random) {
        JsonNode old = slot.value();
        JsonNode replacement;
        if ("type".equals(slot.key()) && old.isTextual() && random.nextBoolean()) {
            replacement = JSON.textNode(SCHEMA_TYPES.get(random.nextInt(SCHEMA_TYPES.size())));
        } else {
            List<JsonNode> others = new ArrayList<>();
            for (JsonNode candidate : List.of(
                    JSON.textNode("x"),
                    JSON.numberNode(7),
                    JSON.booleanNode(true),
                    JSON.nullNode(),
                    JSON.objectNode(),
                    JSON.arrayNode(),
                    JSON.arrayNode().add(old.deepCopy()),
                    JSON.objectNode().set("nested", old.deepCopy()))) {
                if (candidate.getNodeType() != old.getNodeType()) {
                    others.add(candidate);
                }
            }
            replacement = others.get(random.nextInt(others.size()));
        }
        if (slot.container() instanceof ObjectNode object) {
            object.set(slot.key(), replacement);
        } else {
            ((ArrayNode) slot.container()).set(slot.index(), replacement);
        }
        return "retyped " + slot.pointer() + " to "
                + replacement.getNodeType().name().toLowerCase(Locale.ROOT)
                + (replacement.isTextual() ? " '" + replacement.asText() + "'" : "");
    }
}
