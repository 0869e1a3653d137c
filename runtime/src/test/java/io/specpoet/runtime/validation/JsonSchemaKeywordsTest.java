package io.specpoet.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's JSON Schema keyword constraints through the real Hibernate Validator, on the shapes
 * generated code puts them on.
 */
class JsonSchemaKeywordsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Set<String> violations(Object bean) {
        return validator.validate(bean).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
    }

    private static boolean valid(Object bean) {
        Set<ConstraintViolation<Object>> found = validator.validate(bean);
        return found.isEmpty();
    }

    record Steps(
            @MultipleOf("0.0001") Double d,
            @MultipleOf("0.0001") Float f,
            @MultipleOf("0.0001") BigDecimal decimal,
            @MultipleOf("1.5") Long l,
            @MultipleOf("1.5") Integer i,
            @MultipleOf("7") BigInteger big) {}

    @Test
    void multipleOfIsExactDecimalArithmeticOnEveryNumberType() {
        assertThat(valid(new Steps(0.0075, 0.0075f, new BigDecimal("0.0075"), 33L, 3, null)))
                .isTrue();
        assertThat(valid(new Steps(0.00751, null, null, null, null, null))).isFalse();
        assertThat(valid(new Steps(null, 0.00751f, null, null, null, null))).isFalse();
        assertThat(valid(new Steps(null, null, new BigDecimal("0.00751"), null, null, null)))
                .isFalse();
        assertThat(violations(new Steps(null, null, null, 35L, 35, null)))
                .containsExactlyInAnyOrder("l: must be a multiple of 1.5", "i: must be a multiple of 1.5");
        assertThat(valid(new Steps(null, null, null, null, null, new BigInteger("7").pow(40))))
                .isTrue();
        assertThat(valid(new Steps(
                        null,
                        null,
                        null,
                        null,
                        null,
                        new BigInteger("7").pow(40).add(BigInteger.ONE))))
                .isFalse();
        assertThat(valid(new Steps(Double.NaN, null, null, null, null, null))).isFalse();
        assertThat(valid(new Steps(Double.POSITIVE_INFINITY, null, null, null, null, null)))
                .isFalse();
        // 0.1 + 0.2 is 0.30000000000000004 as a double: not a multiple of 0.1, as in JSON.
        assertThat(valid(new Steps(0.1 + 0.2, null, null, null, null, null))).isFalse();
    }

    record Point(int x, int y) {}

    record Lists(
            @UniqueItems List<Object> any,
            @UniqueItems List<Point> points,
            @UniqueItems JsonNode node,
            @UniqueItems String[] strings) {}

    @Test
    void uniqueItemsComparesAsJson() throws Exception {
        assertThat(valid(new Lists(List.of(1, 2, "1"), List.of(new Point(1, 2), new Point(2, 1)), null, null)))
                .isTrue();
        assertThat(violations(new Lists(List.of(1, new BigDecimal("1.0")), null, null, null)))
                .containsExactly("any: must not contain equal items (items 0 and 1 are equal)");
        assertThat(valid(new Lists(null, List.of(new Point(1, 2), new Point(1, 2)), null, null)))
                .isFalse();
        // Objects are equal whatever their key order; a record equals the map it is written as.
        Map<String, Object> yx = new LinkedHashMap<>();
        yx.put("y", 2);
        yx.put("x", 1.0);
        assertThat(valid(new Lists(List.of(new Point(1, 2), yx), null, null, null)))
                .isFalse();
        assertThat(valid(new Lists(null, null, MAPPER.readTree("[{\"a\":1,\"b\":[1]},{\"b\":[1.0],\"a\":1}]"), null)))
                .isFalse();
        assertThat(valid(new Lists(null, null, MAPPER.readTree("[[1],[true]]"), null)))
                .isTrue();
        assertThat(valid(new Lists(null, null, MAPPER.readTree("[0, false]"), null)))
                .isTrue();
        assertThat(valid(new Lists(null, null, null, new String[] {"a", "a"}))).isFalse();
    }

    /** A generated record's shape: named properties, absent when null, plus additional ones. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @PropertyCount(min = 2, max = 3)
    @RequiredProperties({"toString", "a\nb", "quote\""})
    record Shape(
            @JsonProperty("name") String name,
            @JsonAnyGetter Map<String, Object> more) {}

    @Test
    void propertyCountCountsNamedPresentAndAdditionalProperties() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("toString", 1);
        all.put("a\nb", 2);
        all.put("quote\"", 3);
        assertThat(violations(new Shape("n", all))).containsExactly(": must have between 2 and 3 properties");
        assertThat(violations(new Shape(null, all))).isEmpty();
    }

    @Test
    void requiredNamesTheSchemaDoesNotDeclareAreLookedUpAmongTheAdditionalOnes() {
        Map<String, Object> some = new LinkedHashMap<>();
        some.put("toString", null); // present, as a JSON null
        some.put("x", 1);
        assertThat(violations(new Shape(null, some)))
                .containsExactlyInAnyOrder(
                        "a\nb: required property is missing", "quote\": required property is missing");
    }

    static final class Color implements OpenEnum {
        private final boolean known;

        Color(boolean known) {
            this.known = known;
        }

        @Override
        public boolean isKnown() {
            return known;
        }
    }

    record Paint(@KnownValue Color color, List<@KnownValue Color> more) {}

    @Test
    void knownValueReportsValuesTheSpecDoesNotList() {
        assertThat(valid(new Paint(new Color(true), List.of(new Color(true))))).isTrue();
        assertThat(violations(new Paint(new Color(false), List.of(new Color(true), new Color(false)))))
                .containsExactlyInAnyOrder(
                        "color: must be one of the values the spec lists",
                        "more[1].<list element>: must be one of the values the spec lists");
    }

    record Choice(
            @AllowedValues({"1", "2.5"}) BigDecimal number,
            @AllowedValues({"1", "\"two\"", "{\"a\":[1]}"}) JsonNode mixed,
            @AllowedValues("42") Long constant) {}

    @Test
    void allowedValuesCompareAsJson() throws Exception {
        assertThat(valid(new Choice(new BigDecimal("1.00"), MAPPER.readTree("{\"a\":[1.0]}"), 42L)))
                .isTrue();
        assertThat(valid(new Choice(new BigDecimal("2.50"), MAPPER.readTree("\"two\""), null)))
                .isTrue();
        assertThat(violations(new Choice(new BigDecimal("3"), MAPPER.readTree("2"), 41L)))
                .containsExactlyInAnyOrder(
                        "number: must be one of [1, 2.5]",
                        "mixed: must be one of [1, \"two\", {\"a\":[1]}]",
                        "constant: must be one of [42]");
    }
}
