package io.specpoet.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One variant of a union and what a JSON value must look like to be it: the deduction plan that
 * specpoet's model decides and {@link UnionDeserializer} runs. Built once per union, then only
 * read.
 *
 * @param <V> the variant's class
 */
public final class UnionVariant<V> {

    private final Class<V> type;
    private final Set<JsonKind> kinds;
    private final List<String> discriminatorValues = new ArrayList<>();
    private final List<String> required = new ArrayList<>();
    private final Map<String, Object> constants = new LinkedHashMap<>();
    private List<Object> allowedValues;
    private Set<String> closedProperties;
    private boolean fallback;

    private UnionVariant(Class<V> type, Set<JsonKind> kinds) {
        this.type = type;
        this.kinds = kinds;
    }

    /**
     * A variant bound to {@code type}, for JSON values of the given kinds.
     *
     * @param type the variant's class: a record, or a wrapper record with a delegating creator
     * @param kinds the kinds of JSON value the variant's schema allows; at least one
     */
    public static <V> UnionVariant<V> of(Class<V> type, JsonKind... kinds) {
        Objects.requireNonNull(type, "type");
        if (kinds.length == 0) {
            throw new IllegalArgumentException("a variant accepts at least one kind of JSON value");
        }
        return new UnionVariant<>(type, EnumSet.copyOf(Arrays.asList(kinds)));
    }

    /** The discriminator values that name this variant. */
    public UnionVariant<V> discriminatorValues(String... values) {
        discriminatorValues.addAll(Arrays.asList(values));
        return this;
    }

    /** Properties an object must have to be this variant. */
    public UnionVariant<V> required(String... names) {
        required.addAll(Arrays.asList(names));
        return this;
    }

    /**
     * A property whose schema allows a single value ({@code enum} of one, {@code const}): when
     * present, it must hold that value.
     *
     * @param value a {@link String}, {@link Boolean} or {@link BigDecimal}
     */
    public UnionVariant<V> constant(String property, Object value) {
        constants.put(Objects.requireNonNull(property, "property"), checkedLiteral(value));
        return this;
    }

    /** The only values the variant allows (a closed {@code enum}). */
    public UnionVariant<V> allowedValues(Object... values) {
        List<Object> checked = new ArrayList<>();
        for (Object value : values) {
            checked.add(checkedLiteral(value));
        }
        allowedValues = checked;
        return this;
    }

    /** The variant forbids properties other than these ({@code additionalProperties: false}). */
    public UnionVariant<V> closed(String... declaredProperties) {
        closedProperties = Set.of(declaredProperties);
        return this;
    }

    /**
     * Makes this the variant of a discriminated object whose discriminator is missing or names no
     * variant: the parent schema of an {@code allOf} hierarchy, which such an object still fits.
     * A union has at most one.
     */
    public UnionVariant<V> fallback() {
        fallback = true;
        return this;
    }

    boolean isFallback() {
        return fallback;
    }

    Class<V> type() {
        return type;
    }

    List<String> discriminatorValues() {
        return discriminatorValues;
    }

    /**
     * Whether the value has the shape this variant's schema asks for: its kind, required and
     * single-valued properties, allowed values, and no undeclared property if the schema is closed.
     */
    boolean fits(JsonNode node) {
        if (kinds.stream().noneMatch(kind -> kind.accepts(node))) {
            return false;
        }
        if (allowedValues != null && allowedValues.stream().noneMatch(value -> sameValue(node, value))) {
            return false;
        }
        if (!node.isObject()) {
            return true;
        }
        for (String name : required) {
            if (!node.has(name)) {
                return false;
            }
        }
        for (Map.Entry<String, Object> constant : constants.entrySet()) {
            JsonNode present = node.get(constant.getKey());
            if (present != null && !sameValue(present, constant.getValue())) {
                return false;
            }
        }
        if (closedProperties != null) {
            for (var names = node.fieldNames(); names.hasNext(); ) {
                if (!closedProperties.contains(names.next())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Object checkedLiteral(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        throw new IllegalArgumentException("not a String, Boolean or BigDecimal: " + value);
    }

    private static boolean sameValue(JsonNode node, Object value) {
        if (value instanceof String) {
            return node.isTextual() && node.textValue().equals(value);
        }
        if (value instanceof Boolean) {
            return node.isBoolean() && node.booleanValue() == (Boolean) value;
        }
        return node.isNumber() && node.decimalValue().compareTo((BigDecimal) value) == 0;
    }
}
