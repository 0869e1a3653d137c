package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.specpoet.runtime.validation.UnknownVariant;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unions without a discriminator, written by hand as specpoet generates them: the deduction plan
 * picks the variant by JSON kind, required and single-valued properties, allowed values, closed
 * property sets, and binding; oneOf needs exactly one fit, anyOf takes the first.
 */
class UnionDeductionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @JsonDeserialize(using = Value.Deserializer.class)
    sealed interface Value permits Value.Text, Value.Whole, Value.Decimal, Account, Range, Value.Unknown {

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Text(@JsonValue String value) implements Value, UnionWrapper<String> {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Text {}
        }

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Whole(@JsonValue Long value) implements Value, UnionWrapper<Long> {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Whole {}
        }

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Decimal(@JsonValue BigDecimal value) implements Value, UnionWrapper<BigDecimal> {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Decimal {}
        }

        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements Value {}

        final class Deserializer extends UnionDeserializer<Value> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Value.class,
                        Match.ONE_OF,
                        null,
                        List.of(
                                UnionVariant.of(Text.class, JsonKind.STRING).allowedValues("a", "b"),
                                UnionVariant.of(Whole.class, JsonKind.INTEGER),
                                UnionVariant.of(Decimal.class, JsonKind.NUMBER),
                                UnionVariant.of(Account.class, JsonKind.OBJECT)
                                        .required("id")
                                        .constant("object", "account")
                                        .constant("live", Boolean.TRUE),
                                UnionVariant.of(Range.class, JsonKind.OBJECT).closed("gt", "lt")),
                        Unknown::new);
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Account(
            @JsonProperty("id") String id,
            @JsonProperty("object") String object,
            @JsonProperty("live") Boolean live) implements Value {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Range(
            @JsonProperty("gt") Long gt, @JsonProperty("lt") Long lt) implements Value {}

    /** The same members as an anyOf: the first that fits wins. */
    @JsonDeserialize(using = AnyNumber.Deserializer.class)
    sealed interface AnyNumber permits AnyNumber.Whole, AnyNumber.Decimal, AnyNumber.Unknown {

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Whole(@JsonValue Long value) implements AnyNumber {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Whole {}
        }

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Decimal(@JsonValue BigDecimal value) implements AnyNumber {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Decimal {}
        }

        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements AnyNumber {}

        final class Deserializer extends UnionDeserializer<AnyNumber> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        AnyNumber.class,
                        Match.ANY_OF,
                        null,
                        List.of(
                                UnionVariant.of(Whole.class, JsonKind.INTEGER),
                                UnionVariant.of(Decimal.class, JsonKind.NUMBER)),
                        Unknown::new);
            }
        }
    }

    record Holder(@Valid Value value, List<@Valid Value> values) {}

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`\"a\"` | Text",
                "`\"c\"` | Unknown",
                // 1 is an integer and a number: it fits two members of the oneOf
                "`1` | Unknown",
                "`1.5` | Decimal",
                "`{\"id\":\"x\"}` | Account",
                "`{\"id\":\"x\",\"object\":\"account\",\"live\":true}` | Account",
                "`{\"id\":\"x\",\"object\":\"customer\"}` | Unknown",
                "`{\"id\":\"x\",\"live\":false}` | Unknown",
                "`{\"gt\":1}` | Range",
                "`{\"gt\":1,\"gte\":2}` | Unknown",
                "`{}` | Range",
                "`{\"gt\":\"soon\"}` | Unknown",
                "`[1]` | Unknown",
                "`true` | Unknown",
            })
    void oneOfPicksTheOneVariantThatFits(String json, String variant) throws Exception {
        Value value = MAPPER.readValue(json, Value.class);
        assertThat(value.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    }

    @Test
    void anyOfTakesTheFirstThatFitsInSpecOrder() throws Exception {
        assertThat(MAPPER.readValue("1", AnyNumber.class)).isEqualTo(new AnyNumber.Whole(1L));
        // 1.0 stays a decimal, so it is written back as 1.0
        assertThat(MAPPER.readValue("1.0", AnyNumber.class)).isEqualTo(new AnyNumber.Decimal(new BigDecimal("1.0")));
        assertThat(MAPPER.readValue("1.5", AnyNumber.class)).isEqualTo(new AnyNumber.Decimal(new BigDecimal("1.5")));
        assertThat(MAPPER.readValue("\"1\"", AnyNumber.class)).isInstanceOf(AnyNumber.Unknown.class);
    }

    @Test
    void anUnknownVariantIsAViolationWhereItIs() throws Exception {
        Holder holder = MAPPER.readValue("{\"value\":\"zzz\",\"values\":[\"a\",{\"gt\":1,\"x\":0}]}", Holder.class);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(holder))
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("value", "values[1]");
            assertThat(factory.getValidator().validate(new Holder(new Value.Text("a"), List.of())))
                    .isEmpty();
        }
    }

    @Test
    void wrappersUnwrapToTheValueTheyHold() {
        assertThat(UnionWrapper.unwrap(new Value.Whole(5L))).isEqualTo(5L);
        assertThat(UnionWrapper.unwrap("plain")).isEqualTo("plain");
    }
}
