package io.specpoet.generator.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON Schema validation keywords of one schema, as the generated constraints need them.
 * Null means absent.
 *
 * @param pattern the spec's ECMAScript pattern
 * @param javaPattern the same pattern translated for full-match java.util.regex
 * @param minLength minimum length in code points
 * @param maxLength maximum length in code points
 * @param multipleOf the divisor of {@code multipleOf}, exact
 * @param uniqueItems whether the items of an array must differ as JSON
 * @param minProperties the least number of properties of an object, named and additional
 * @param maxProperties the greatest number of properties of an object, named and additional
 * @param allowedValues {@code enum} or {@code const} values as JSON text, for values that have no
 *     enum class of their own; null when any value is allowed
 * @param undeclaredRequired {@code required} names the object schema does not declare as
 *     properties, in spec order; empty when there are none
 */
public record Constraints(
        String pattern,
        String javaPattern,
        Integer minLength,
        Integer maxLength,
        BigDecimal minimum,
        boolean exclusiveMinimum,
        BigDecimal maximum,
        boolean exclusiveMaximum,
        Integer minItems,
        Integer maxItems,
        BigDecimal multipleOf,
        boolean uniqueItems,
        Integer minProperties,
        Integer maxProperties,
        List<String> allowedValues,
        List<String> undeclaredRequired) {

    public static final Constraints NONE = new Constraints(
            null, null, null, null, null, false, null, false, null, null, null, false, null, null, null, List.of());

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** These constraints with the given undeclared required names. */
    public Constraints withUndeclaredRequired(List<String> names) {
        return new Constraints(
                pattern,
                javaPattern,
                minLength,
                maxLength,
                minimum,
                exclusiveMinimum,
                maximum,
                exclusiveMaximum,
                minItems,
                maxItems,
                multipleOf,
                uniqueItems,
                minProperties,
                maxProperties,
                allowedValues,
                List.copyOf(names));
    }
}
