package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads and writes {@link Nullable} with a plain {@code new
 * ObjectMapper().findAndRegisterModules()} (no jdk8 or jsr310 module), through the builder shape
 * generated records use ({@link Patch}) and through a record's canonical constructor ({@link
 * CompactPatch}).
 */
class NullableJacksonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    /** A nested object type. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Owner(@JsonProperty("name") String name) {}

    /** The builder shape, exactly as generated code writes it for nullable properties. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(builder = Patch.Builder.class)
    public record Patch(
            @JsonProperty("a") Nullable<String> a,
            @JsonProperty("tags") Nullable<List<String>> tags,
            @JsonProperty("counts") Nullable<Map<String, Integer>> counts,
            @JsonProperty("owner") Nullable<Owner> owner,
            @JsonProperty("size") Nullable<Long> size,
            @JsonProperty("price") Nullable<BigDecimal> price,
            @JsonProperty("extra") Nullable<JsonNode> extra,

            @JsonProperty("at") @JsonSerialize(contentUsing = Rfc3339DateTimeSerializer.class)
            Nullable<OffsetDateTime> at,

            @JsonProperty("times") @JsonSerialize(contentUsing = Rfc3339DateTimeSerializer.class)
            Nullable<List<OffsetDateTime>> times,

            @JsonAnyGetter Map<String, JsonNode> additionalProperties) {

        public Patch {
            additionalProperties = AdditionalProperties.copyOf(additionalProperties);
        }

        /** Jackson reads through this; it also gives callers a builder. */
        @JsonPOJOBuilder(withPrefix = "")
        public static final class Builder {
            private Nullable<String> a;
            private Nullable<List<String>> tags;
            private Nullable<Map<String, Integer>> counts;
            private Nullable<Owner> owner;
            private Nullable<Long> size;
            private Nullable<BigDecimal> price;
            private Nullable<JsonNode> extra;
            private Nullable<OffsetDateTime> at;
            private Nullable<List<OffsetDateTime>> times;
            private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

            @JsonProperty("a")
            public Builder a(Nullable<String> a) {
                this.a = a;
                return this;
            }

            @JsonProperty("tags")
            public Builder tags(Nullable<List<String>> tags) {
                this.tags = tags;
                return this;
            }

            @JsonProperty("counts")
            public Builder counts(Nullable<Map<String, Integer>> counts) {
                this.counts = counts;
                return this;
            }

            @JsonProperty("owner")
            public Builder owner(Nullable<Owner> owner) {
                this.owner = owner;
                return this;
            }

            @JsonProperty("size")
            public Builder size(Nullable<Long> size) {
                this.size = size;
                return this;
            }

            @JsonProperty("price")
            public Builder price(Nullable<BigDecimal> price) {
                this.price = price;
                return this;
            }

            @JsonProperty("extra")
            public Builder extra(Nullable<JsonNode> extra) {
                this.extra = extra;
                return this;
            }

            /** Read-side annotations go here: Jackson does not look at the record when it builds. */
            @JsonProperty("at")
            @JsonDeserialize(contentUsing = Rfc3339DateTimeDeserializer.class)
            public Builder at(Nullable<OffsetDateTime> at) {
                this.at = at;
                return this;
            }

            /** For a list, contentUsing applies to its elements, as it would on a plain List. */
            @JsonProperty("times")
            @JsonDeserialize(contentUsing = Rfc3339DateTimeDeserializer.class)
            public Builder times(Nullable<List<OffsetDateTime>> times) {
                this.times = times;
                return this;
            }

            @JsonAnySetter
            public Builder additionalProperty(String name, JsonNode value) {
                additionalProperties.put(name, value);
                return this;
            }

            public Patch build() {
                return new Patch(a, tags, counts, owner, size, price, extra, at, times, additionalProperties);
            }
        }
    }

    /** Read through the canonical constructor; both directions annotated on the component. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompactPatch(
            @JsonProperty("a") Nullable<String> a,
            @JsonProperty("tags") Nullable<List<String>> tags,
            @JsonProperty("size") Nullable<Long> size,
            @JsonProperty("extra") Nullable<JsonNode> extra,

            @JsonProperty("at")
            @JsonSerialize(contentUsing = Rfc3339DateTimeSerializer.class)
            @JsonDeserialize(contentUsing = Rfc3339DateTimeDeserializer.class)
            Nullable<OffsetDateTime> at) {}

    /** A polymorphic value type, to check its type id is read and written. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Cat.class, name = "cat")})
    public interface Animal {}

    /** The one {@link Animal}. */
    public record Cat(@JsonProperty("lives") int lives) implements Animal {}

    /** Holds a polymorphic value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pen(@JsonProperty("animal") Nullable<Animal> animal) {}

    private static Patch read(String json) throws Exception {
        return MAPPER.readValue(json, Patch.class);
    }

    private static String write(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
    }

    // ---- The three states, builder shape ----

    @Test
    void explicitNullReadsAsOfNullAndIsWrittenBack() throws Exception {
        Patch patch = read("{\"a\":null}");
        assertThat(patch.a()).isSameAs(Nullable.ofNull());
        assertThat(write(patch)).isEqualTo("{\"a\":null}");
    }

    @Test
    void absentReadsAsJavaNullAndStaysAbsent() throws Exception {
        Patch patch = read("{}");
        assertThat(patch.a()).isNull();
        assertThat(patch.tags()).isNull();
        assertThat(patch.at()).isNull();
        assertThat(write(patch)).isEqualTo("{}");
    }

    @Test
    void aValueReadsAsOfAndIsWrittenBack() throws Exception {
        Patch patch = read("{\"a\":\"x\"}");
        assertThat(patch.a()).isEqualTo(Nullable.of("x"));
        assertThat(write(patch)).isEqualTo("{\"a\":\"x\"}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":null,\"tags\":null,\"counts\":null,\"owner\":null,\"size\":null,\"price\":null,"
                        + "\"extra\":null,\"at\":null,\"times\":null}",
                "{\"a\":\"x\",\"tags\":[\"p\",\"q\"],\"counts\":{\"k\":1,\"j\":2},"
                        + "\"owner\":{\"name\":\"o\"},"
                        + "\"size\":9007199254740993,\"price\":1.50,\"extra\":{\"k\":[null,1]},"
                        + "\"at\":\"2021-01-01T12:01:00+05:45\",\"times\":[\"2021-01-01T12:01:00Z\",null]}",
                "{\"tags\":[],\"counts\":{},\"owner\":{},\"extra\":[]}",
                "{\"a\":\"\",\"extra\":\"s\",\"z\":null}",
                "{\"owner\":null,\"z\":1}",
                "{\"size\":0,\"price\":0.000,\"extra\":0}",
            })
    void builderShapeWritesBackExactlyWhatItRead(String json) throws Exception {
        assertThat(write(read(json))).isEqualTo(json);
    }

    // ---- Each value type is read as its declared type ----

    @Test
    void valuesAreReadWithTheDeclaredTypesDeserializer() throws Exception {
        Patch patch = read("{\"tags\":[\"p\",\"q\"],\"counts\":{\"k\":1},\"owner\":{\"name\":\"o\"},"
                + "\"size\":5,\"price\":1.50}");
        assertThat(patch.tags()).isEqualTo(Nullable.of(List.of("p", "q")));
        assertThat(patch.counts()).isEqualTo(Nullable.of(Map.of("k", 1)));
        assertThat(patch.counts().get().get("k")).isInstanceOf(Integer.class);
        assertThat(patch.owner()).isEqualTo(Nullable.of(new Owner("o")));
        assertThat(patch.size()).isEqualTo(Nullable.of(5L)); // a Long, not the Integer untyped gives
        assertThat(patch.price().get()).isInstanceOf(BigDecimal.class).hasToString("1.50");
    }

    @Test
    void jsonNullIsOfNullNotANullNodeForJsonNodeValues() throws Exception {
        assertThat(read("{\"extra\":null}").extra()).isSameAs(Nullable.ofNull());
        assertThat(read("{\"extra\":{\"k\":null}}").extra().get().get("k").isNull())
                .isTrue();
        assertThat(read("{\"extra\":\"s\"}").extra()).isEqualTo(Nullable.of(JsonNodeFactory.instance.textNode("s")));
        assertThat(MAPPER.readValue("null", new TypeReference<Nullable<JsonNode>>() {}))
                .isSameAs(Nullable.ofNull());
    }

    @Test
    void aBadValueFailsLikeTheValueTypeWouldWithThePath() throws Exception {
        assertThatThrownBy(() -> read("{\"size\":\"abc\"}"))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("Long")
                .hasMessageContaining("\"size\"");
        assertThatThrownBy(() -> read("{\"tags\":{\"k\":1}}"))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("\"tags\"");
    }

    // ---- Date-times through contentUsing ----

    @Test
    void dateTimesUseTheContentUsingSerializerAndDeserializer() throws Exception {
        Patch patch = read("{\"at\":\"2021-01-01 12:01:00.000Z\"}");
        assertThat(patch.at()).isEqualTo(Nullable.of(OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 0, ZoneOffset.UTC)));
        assertThat(write(patch)).isEqualTo("{\"at\":\"2021-01-01T12:01:00Z\"}");
        assertThat(read("{\"at\":null}").at()).isSameAs(Nullable.ofNull());
    }

    @Test
    void contentUsingOnANullableListAppliesToItsElements() throws Exception {
        Patch patch = read("{\"times\":[\"2021-01-01 12:01:00.000Z\",\"2021-01-01T12:01:00.5+01:00\"]}");
        assertThat(patch.times())
                .isEqualTo(Nullable.of(List.of(
                        OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 500_000_000, ZoneOffset.ofHours(1)))));
        assertThat(write(patch)).isEqualTo("{\"times\":[\"2021-01-01T12:01:00Z\",\"2021-01-01T12:01:00.5+01:00\"]}");
        assertThat(read("{\"times\":null}").times()).isSameAs(Nullable.ofNull());
        assertThat(read("{\"times\":[]}").times()).isEqualTo(Nullable.of(List.of()));
    }

    @Test
    void aBadDateTimeFailsWithTheRfc3339Message() {
        assertThatThrownBy(() -> read("{\"at\":\"2021-01-01\"}"))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"at\"");
    }

    @Test
    void handBuiltRecordsWriteAsExpected() throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 500_000_000, ZoneOffset.ofHours(-3));
        Patch patch = new Patch.Builder()
                .a(Nullable.ofNull())
                .tags(Nullable.of(Arrays.asList("p", null)))
                .at(Nullable.of(at))
                .size(null)
                .build();
        assertThat(write(patch)).isEqualTo("{\"a\":null,\"tags\":[\"p\",null],\"at\":\"2021-01-01T12:01:00.5-03:00\"}");
        assertThat(read(write(patch))).isEqualTo(patch);
    }

    // ---- Through a record's canonical constructor ----

    @Test
    void compactShapeKeepsTheThreeStates() throws Exception {
        CompactPatch absent = MAPPER.readValue("{}", CompactPatch.class);
        assertThat(absent).isEqualTo(new CompactPatch(null, null, null, null, null));
        assertThat(write(absent)).isEqualTo("{}");

        CompactPatch nulls = MAPPER.readValue(
                "{\"a\":null,\"tags\":null,\"size\":null,\"extra\":null,\"at\":null}", CompactPatch.class);
        assertThat(nulls.a()).isSameAs(Nullable.ofNull());
        assertThat(nulls.extra()).isSameAs(Nullable.ofNull());
        assertThat(nulls.at()).isSameAs(Nullable.ofNull());
        assertThat(write(nulls)).isEqualTo("{\"a\":null,\"tags\":null,\"size\":null,\"extra\":null,\"at\":null}");

        String values = "{\"a\":\"x\",\"tags\":[\"p\"],\"size\":7,\"extra\":true,\"at\":\"2021-01-01T12:01:00Z\"}";
        CompactPatch read = MAPPER.readValue(values, CompactPatch.class);
        assertThat(read.size()).isEqualTo(Nullable.of(7L));
        assertThat(read.tags()).isEqualTo(Nullable.of(List.of("p")));
        assertThat(write(read)).isEqualTo(values);
    }

    @Test
    void compactShapeReadsTheSpaceSeparatedDateTime() throws Exception {
        CompactPatch read = MAPPER.readValue("{\"at\":\"2021-01-01 12:01:00.000Z\"}", CompactPatch.class);
        assertThat(read.at()).isEqualTo(Nullable.of(OffsetDateTime.of(2021, 1, 1, 12, 1, 0, 0, ZoneOffset.UTC)));
        assertThat(read.a()).isNull();
        assertThat(write(read)).isEqualTo("{\"at\":\"2021-01-01T12:01:00Z\"}");
    }

    // ---- Outside a record property ----

    @Test
    void rootValuesUseTheTypeGivenToTheMapper() throws Exception {
        assertThat(MAPPER.readValue("null", new TypeReference<Nullable<String>>() {}))
                .isSameAs(Nullable.ofNull());
        assertThat(MAPPER.readValue("\"x\"", new TypeReference<Nullable<String>>() {}))
                .isEqualTo(Nullable.of("x"));
        assertThat(MAPPER.readValue("5", new TypeReference<Nullable<Long>>() {}))
                .isEqualTo(Nullable.of(5L));
        assertThat(MAPPER.readValue("[1]", Nullable.class)).isEqualTo(Nullable.of(List.of(1)));
        assertThat(write(Nullable.ofNull())).isEqualTo("null");
        assertThat(write(Nullable.of(List.of("a")))).isEqualTo("[\"a\"]");
        assertThat(write(Nullable.of(new Owner("o")))).isEqualTo("{\"name\":\"o\"}");
    }

    @Test
    void elementsOfListsAndMapsUseTheElementType() throws Exception {
        List<Nullable<Long>> list = MAPPER.readValue("[1,null,3]", new TypeReference<List<Nullable<Long>>>() {});
        assertThat(list).containsExactly(Nullable.of(1L), Nullable.ofNull(), Nullable.of(3L));
        assertThat(write(list)).isEqualTo("[1,null,3]");
        Map<String, Nullable<BigDecimal>> map =
                MAPPER.readValue("{\"a\":1.0,\"b\":null}", new TypeReference<Map<String, Nullable<BigDecimal>>>() {});
        assertThat(map.get("a").get()).isInstanceOf(BigDecimal.class).hasToString("1.0");
        assertThat(map.get("b")).isSameAs(Nullable.ofNull());
    }

    @Test
    void polymorphicValuesKeepTheirTypeId() throws Exception {
        String json = "{\"animal\":{\"kind\":\"cat\",\"lives\":9}}";
        Pen pen = MAPPER.readValue(json, Pen.class);
        assertThat(pen.animal()).isEqualTo(Nullable.of(new Cat(9)));
        assertThat(write(pen)).isEqualTo(json);
        assertThat(MAPPER.readValue("{\"animal\":null}", Pen.class).animal()).isSameAs(Nullable.ofNull());
    }
}
