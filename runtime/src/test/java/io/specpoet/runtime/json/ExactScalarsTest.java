package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.specpoet.runtime.validation.UnknownVariant;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON scalar binds only to a Java type of its own JSON kind, through every shape generated
 * models use; each case is first shown to be coerced by a plain mapper, so that it tests
 * something.
 */
class ExactScalarsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
    private static final ObjectMapper EXACT = ExactScalars.configure(new ObjectMapper().findAndRegisterModules());

    /** One property of each scalar type a generated model uses. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Scalars(
            @JsonProperty("int32") Integer int32,
            @JsonProperty("int64") Long int64,
            @JsonProperty("big") BigInteger big,
            @JsonProperty("float") Float floatValue,
            @JsonProperty("double") Double doubleValue,
            @JsonProperty("decimal") BigDecimal decimal,
            @JsonProperty("text") String text,
            @JsonProperty("flag") Boolean flag,
            @JsonProperty("maybe") Nullable<Long> maybe,
            @JsonProperty("counts") List<Long> counts,
            @JsonProperty("names") Map<String, String> names,
            @JsonProperty("level") Level level,
            @JsonProperty("status") Status status,
            @JsonProperty("ratio") Ratio ratio,
            @JsonProperty("kind") Kind kind,
            @JsonProperty("nested") Scalars nested) {}

    /** Required properties, which generated models may hold as primitives. */
    record Primitives(
            @JsonProperty("primitive") long primitive,
            @JsonProperty("bit") boolean bit) {}

    /** An integer enum as generated: an open class with a delegating creator. */
    static final class Level {
        private final Long value;

        private Level(Long value) {
            this.value = value;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Level of(Long wireValue) {
            return new Level(Objects.requireNonNull(wireValue, "wireValue"));
        }

        @JsonValue
        Long value() {
            return value;
        }
    }

    /** A string enum as generated. */
    static final class Status {
        private final String value;

        private Status(String value) {
            this.value = value;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Status of(String wireValue) {
            return new Status(Objects.requireNonNull(wireValue, "wireValue"));
        }

        @JsonValue
        String value() {
            return value;
        }
    }

    /** A number enum as generated. */
    static final class Ratio {
        private final BigDecimal value;

        private Ratio(BigDecimal value) {
            this.value = value;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Ratio of(BigDecimal wireValue) {
            return new Ratio(Objects.requireNonNull(wireValue, "wireValue"));
        }

        @JsonValue
        BigDecimal value() {
            return value;
        }
    }

    enum Kind {
        BUILD,
        DEPLOY
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // float -> integer types (Jackson truncates)
                "{\"int32\": 2.5}                   | int32            | coerced",
                "{\"int64\": 2.5}                   | int64            | coerced",
                "{\"int64\": 2.0}                   | int64            | coerced",
                "{\"int64\": 1e3}                   | int64            | coerced",
                "{\"big\": 2.5}                     | big              | coerced",

                // string -> numbers
                "{\"int64\": \"5\"}                 | int64            | coerced",
                "{\"big\": \"5\"}                   | big              | coerced",
                "{\"double\": \"2.5\"}              | double           | coerced",
                "{\"float\": \"2.5\"}               | float            | coerced",
                "{\"decimal\": \"2.5\"}             | decimal          | coerced",
                "{\"int64\": \"\"}                  | int64            | coerced",
                // number or boolean -> string
                "{\"text\": 2}                      | text             | coerced",
                "{\"text\": 2.5}                    | text             | coerced",
                "{\"text\": true}                   | text             | coerced",
                // boolean <-> number and string
                "{\"flag\": 1}                      | flag             | coerced",
                "{\"flag\": 0.0}                    | flag             | refused",
                "{\"flag\": \"true\"}               | flag             | coerced",
                "{\"flag\": \"\"}                   | flag             | coerced",
                "{\"int64\": true}                  | int64            | refused",
                "{\"decimal\": false}               | decimal          | refused",
                // inside Nullable, lists and maps
                "{\"maybe\": 2.5}                   | maybe            | coerced",
                "{\"maybe\": \"5\"}                 | maybe            | coerced",
                "{\"counts\": [1, 2.5]}             | counts[1]        | coerced",
                "{\"counts\": [1, \"2\"]}           | counts[1]        | coerced",
                "{\"names\": {\"a\": 1}}            | names.a          | coerced",
                "{\"names\": {\"a\": false}}        | names.a          | coerced",
                // generated enums and Java enums
                "{\"level\": 2.5}                   | level            | refused",
                "{\"level\": \"2\"}                 | level            | coerced",
                "{\"status\": 2}                    | status           | refused",
                "{\"status\": true}                 | status           | refused",
                "{\"ratio\": \"2.5\"}               | ratio            | coerced",
                "{\"kind\": 0}                      | kind             | coerced",
                "{\"kind\": \"\"}                   | kind             | refused",
                // nested records
                "{\"nested\": {\"text\": 7}}        | nested.text      | coerced",
                "{\"nested\": {\"counts\": [2.5]}}  | nested.counts[0] | coerced",
            })
    void aScalarOfAnotherKindIsRefusedAtItsPath(String json, String path, String plainMapper) throws Exception {
        if (plainMapper.equals("coerced")) {
            assertThat(PLAIN.readValue(json, Scalars.class)).isNotNull();
        } else {
            assertThatThrownBy(() -> PLAIN.readValue(json, Scalars.class)).isInstanceOf(MismatchedInputException.class);
        }
        assertThatThrownBy(() -> EXACT.readValue(json, Scalars.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(path((JsonMappingException) e)).isEqualTo(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"int32\":2,\"int64\":-9007199254740993,\"big\":123456789012345678901234567890}",
                "{\"float\":2.5,\"double\":3.5,\"decimal\":2.25}",
                "{\"text\":\"2\",\"flag\":false}",
                "{\"maybe\":null}",
                "{\"maybe\":5,\"counts\":[1,2],\"names\":{\"a\":\"b\"}}",
                "{\"level\":2,\"status\":\"2\",\"ratio\":2.5,\"kind\":\"DEPLOY\"}",
                "{\"nested\":{\"text\":\"\"}}",
            })
    void valuesOfTheirOwnKindRoundTrip(String json) throws Exception {
        Scalars read = EXACT.readValue(json, Scalars.class);

        assertThat(EXACT.readTree(EXACT.writeValueAsString(read))).isEqualTo(EXACT.readTree(json));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"primitive\": 2.5, \"bit\": true} | primitive",
                "{\"primitive\": \"5\", \"bit\": true} | primitive",
                "{\"primitive\": 5, \"bit\": 1}    | bit",
                "{\"primitive\": 5, \"bit\": \"true\"} | bit",
            })
    void primitivesAreExactToo(String json, String path) throws Exception {
        assertThat(PLAIN.readValue(json, Primitives.class)).isNotNull();
        assertThatThrownBy(() -> EXACT.readValue(json, Primitives.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(path((JsonMappingException) e)).isEqualTo(path));
        assertThat(EXACT.readValue("{\"primitive\": 5, \"bit\": true}", Primitives.class))
                .isEqualTo(new Primitives(5, true));
    }

    @Test
    void anIntegerIntoANumberTypeIsNoCoercion() throws Exception {
        assertThat(EXACT.readValue("2", Double.class)).isEqualTo(2.0);
        assertThat(EXACT.readValue("2", BigDecimal.class)).isEqualTo(new BigDecimal("2"));
        assertThat(EXACT.readValue("2", Float.class)).isEqualTo(2.0f);
    }

    @Test
    void untypedValuesKeepTheirKind() throws Exception {
        Map<String, Object> read = EXACT.readValue("{\"a\":2.5,\"b\":\"5\",\"c\":true}", new TypeReference<>() {});

        assertThat(read).containsEntry("a", 2.5).containsEntry("b", "5").containsEntry("c", true);
        assertThat(EXACT.readValue("2.5", JsonNode.class).isDouble()).isTrue();
    }

    // ---- Unions: a member that binds only through a coercion does not fit ----

    @JsonDeserialize(using = Count.Deserializer.class)
    sealed interface Count permits Count.Whole, Count.Decimal, Count.Unknown {

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Whole(@JsonValue Long value) implements Count {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Whole {}
        }

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record Decimal(@JsonValue BigDecimal value) implements Count {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public Decimal {}
        }

        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements Count {}

        final class Deserializer extends UnionDeserializer<Count> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Count.class,
                        Match.ONE_OF,
                        null,
                        List.of(
                                UnionVariant.of(Whole.class, JsonKind.INTEGER),
                                UnionVariant.of(Decimal.class, JsonKind.NUMBER)),
                        Unknown::new);
            }
        }
    }

    /** {@code anyOf: [{properties: {id: {type: string}}}, {properties: {id: {type: integer}}}]}. */
    @JsonDeserialize(using = Ref.Deserializer.class)
    sealed interface Ref permits ByName, ByNumber, Ref.Unknown {

        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements Ref {}

        final class Deserializer extends UnionDeserializer<Ref> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Ref.class,
                        Match.ANY_OF,
                        null,
                        List.of(
                                UnionVariant.of(ByName.class, JsonKind.OBJECT),
                                UnionVariant.of(ByNumber.class, JsonKind.OBJECT)),
                        Unknown::new);
            }
        }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record ByName(@JsonProperty("id") String id) implements Ref {}

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record ByNumber(@JsonProperty("id") Long id) implements Ref {}

    /**
     * The JSON-Schema-Test-Suite's draft 4 "oneOf with complex types": {@code oneOf: [{properties:
     * {bar: {type: integer}}, required: [bar]}, {properties: {foo: {type: string}}, required:
     * [foo]}]}.
     */
    @JsonDeserialize(using = Complex.Deserializer.class)
    sealed interface Complex permits WithBar, WithFoo, Complex.Unknown {

        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements Complex {}

        final class Deserializer extends UnionDeserializer<Complex> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Complex.class,
                        Match.ONE_OF,
                        null,
                        List.of(
                                UnionVariant.of(WithBar.class, JsonKind.OBJECT).required("bar"),
                                UnionVariant.of(WithFoo.class, JsonKind.OBJECT).required("foo")),
                        Unknown::new);
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record WithBar(@JsonProperty("bar") Long bar) implements Complex {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record WithFoo(@JsonProperty("foo") String foo) implements Complex {}

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // the suite's four cases: first valid, second valid, both valid (so invalid), neither
                "{\"bar\": 2}               | WithBar",
                "{\"foo\": \"baz\"}         | WithFoo",
                "{\"foo\": \"baz\", \"bar\": 2} | Unknown",
                "{\"foo\": 2, \"bar\": \"quux\"} | Unknown",
                // a coerced member would fit these
                "{\"foo\": 2}               | Unknown",
                "{\"bar\": 2.5}             | Unknown",
            })
    void theSuitesOneOfWithComplexTypesAgrees(String json, String variant) throws Exception {
        assertThat(EXACT.readValue(json, Complex.class).getClass().getSimpleName())
                .isEqualTo(variant);
        if (!variant.equals("Unknown")) {
            assertThat(EXACT.readTree(EXACT.writeValueAsString(EXACT.readValue(json, Complex.class))))
                    .isEqualTo(EXACT.readTree(json));
        }
    }

    @Test
    void aCoercingMapperDisagreesWithTheSuite() throws Exception {
        assertThat(PLAIN.readValue("{\"foo\": 2}", Complex.class)).isEqualTo(new WithFoo("2"));
        assertThat(PLAIN.readValue("{\"bar\": 2.5}", Complex.class)).isEqualTo(new WithBar(2L));
    }

    @Test
    void aFloatIsTheNumberMemberOfIntegerOrNumber() throws Exception {
        assertThat(EXACT.readValue("2.5", Count.class)).isEqualTo(new Count.Decimal(new BigDecimal("2.5")));
    }

    @Test
    void aNestedPropertyOfAnotherKindNoLongerMakesAMemberFit() throws Exception {
        assertThat(PLAIN.readValue("{\"id\": 2}", Ref.class))
                .as("coerced, the string member fits first")
                .isEqualTo(new ByName("2"));

        assertThat(EXACT.readValue("{\"id\": 2}", Ref.class)).isEqualTo(new ByNumber(2L));
        assertThat(EXACT.readValue("{\"id\": \"2\"}", Ref.class)).isEqualTo(new ByName("2"));
        assertThat(EXACT.readValue("{\"id\": 2.5}", Ref.class)).isInstanceOf(Ref.Unknown.class);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .substring(1);
    }
}
