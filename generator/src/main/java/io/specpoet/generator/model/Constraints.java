package io.specpoet.generator.model;

import java.math.BigDecimal;

/**
 * The JSON Schema validation keywords of one schema, as the generated constraints need them.
 * Null means absent.
 *
 * @param pattern the spec's ECMAScript pattern
 * @param javaPattern the same pattern translated for full-match java.util.regex
 * @param minLength minimum length in code points
 * @param maxLength maximum length in code points
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
        Integer maxItems) {

    public static final Constraints NONE = new Constraints(null, null, null, null, null, false, null, false, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
