package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A union written by hand exactly as specpoet generates one, through a plain ObjectMapper. */
class UnionDeserializerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    // ---- The union, as generated ----

    @JsonDeserialize(using = Shape.Deserializer.class)
    sealed interface Shape permits Circle, Square, Group, Shape.Unknown {

        /** A variant this client does not know; written back exactly as it was read. */
        record Unknown(@JsonValue JsonNode raw) implements Shape {}

        final class Deserializer extends UnionDeserializer<Shape> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Shape.class,
                        Match.ONE_OF,
                        "kind",
                        List.of(
                                UnionVariant.of(Circle.class, JsonKind.OBJECT).discriminatorValues("circle"),
                                UnionVariant.of(Square.class, JsonKind.OBJECT).discriminatorValues("square"),
                                UnionVariant.of(Group.class, JsonKind.OBJECT).discriminatorValues("group")),
                        Unknown::new);
            }
        }
    }

    /** A plain variant: bound through its canonical constructor. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Circle(
            @JsonProperty("kind") String kind,
            @JsonProperty("radius") double radius) implements Shape {}

    /** A variant that keeps unknown properties (the builder shape of RecordBindingShapeTest). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class, builder = Square.Builder.class)
    record Square(
            @JsonProperty("kind") String kind,
            @JsonProperty("side") Double side,
            @JsonAnyGetter Map<String, JsonNode> additionalProperties)
            implements Shape {

        Square {
            additionalProperties = AdditionalProperties.copyOf(additionalProperties);
        }

        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder {
            private String kind;
            private Double side;
            private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

            @JsonProperty("kind")
            Builder kind(String kind) {
                this.kind = kind;
                return this;
            }

            @JsonProperty("side")
            Builder side(Double side) {
                this.side = side;
                return this;
            }

            @JsonAnySetter
            Builder additionalProperty(String name, JsonNode value) {
                additionalProperties.put(name, value);
                return this;
            }

            Square build() {
                return new Square(kind, side, additionalProperties);
            }
        }
    }

    /** A variant that contains the union again. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Group(
            @JsonProperty("kind") String kind,
            @JsonProperty("members") List<Shape> members) implements Shape {}

    /** A record holding unions, as other generated records will. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Drawing(
            @JsonProperty("main") Shape main,
            @JsonProperty("layers") List<Shape> layers,
            @JsonProperty("byName") Map<String, Shape> byName) {}

    // ---- A union whose variant forgot JsonDeserializer.None ----

    @JsonDeserialize(using = Broken.Deserializer.class)
    sealed interface Broken permits Forgetful, Broken.Unknown {
        record Unknown(@JsonValue JsonNode raw) implements Broken {}

        final class Deserializer extends UnionDeserializer<Broken> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Broken.class,
                        Match.ONE_OF,
                        "kind",
                        List.of(UnionVariant.of(Forgetful.class, JsonKind.OBJECT)
                                .discriminatorValues("forgetful")),
                        Unknown::new);
            }
        }
    }

    record Forgetful(@JsonProperty("kind") String kind) implements Broken {}

    // ---- A union whose variant holds a number schema's BigDecimal ----

    @JsonDeserialize(using = Charge.Deserializer.class)
    sealed interface Charge permits Fee, Charge.Unknown {
        record Unknown(@JsonValue JsonNode raw) implements Charge {}

        final class Deserializer extends UnionDeserializer<Charge> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Charge.class,
                        Match.ONE_OF,
                        "kind",
                        List.of(UnionVariant.of(Fee.class, JsonKind.OBJECT).discriminatorValues("fee")),
                        Unknown::new);
            }
        }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Fee(
            @JsonProperty("kind") String kind,
            @JsonProperty("amount") BigDecimal amount) implements Charge {}

    // ---- Tests ----

    private static Shape read(String json) throws Exception {
        return MAPPER.readValue(json, Shape.class);
    }

    @Test
    void bindsKnownKindsToTheirRecords() throws Exception {
        assertThat(read("{\"kind\":\"circle\",\"radius\":1.5}")).isEqualTo(new Circle("circle", 1.5));
        assertThat(read("{\"kind\":\"square\",\"side\":2.0}")).isEqualTo(new Square("square", 2.0, Map.of()));
    }

    @Test
    void findsTheDiscriminatorWhereverItIs() throws Exception {
        assertThat(read("{\"radius\":1.5,\"kind\":\"circle\"}")).isEqualTo(new Circle("circle", 1.5));
    }

    @Test
    void unknownKindBecomesUnknownWithTheRawJson() throws Exception {
        String json = "{\"kind\":\"hexagon\",\"side\":1,\"style\":{\"fill\":\"red\",\"dash\":[1,2]}}";
        Shape shape = read(json);
        assertThat(shape).isInstanceOf(Shape.Unknown.class);
        assertThat(((Shape.Unknown) shape).raw()).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void missingKindBecomesUnknown() throws Exception {
        String json = "{\"radius\":1.5}";
        assertThat(read(json)).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
        assertThat(read("{}")).isEqualTo(new Shape.Unknown(MAPPER.readTree("{}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "1", "true", "[\"circle\"]", "{\"name\":\"circle\"}", "\"Circle\""})
    void aKindThatIsNotAKnownStringBecomesUnknown(String kind) throws Exception {
        String json = "{\"kind\":" + kind + ",\"radius\":1.5}";
        assertThat(read(json)).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
    }

    @Test
    void writesUnknownBackExactlyAsRead() throws Exception {
        String json =
                "{\"kind\":\"hexagon\",\"z\":null,\"a\":[1,{\"b\":\"c\"}],\"nested\":{\"kind\":\"circle\"},\"n\":-3}";
        String written = MAPPER.writeValueAsString(read(json));
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(json));
        assertThat(written).isEqualTo(json); // order, nulls and all
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"kind\":\"hexagon\",\"n\":[1.5,1e2,-0.0,0.1000000000000000055511151231257827,"
                        + "12345678901234567890123,-9223372036854775809,3.4028235E39]}",
                "{\"kind\":\"circle\",\"radius\":\"big\",\"n\":[2.5E-3,7,1.0]}"
            })
    void unknownKeepsNumbersAsATreeReadsThem(String json) throws Exception {
        // The object is buffered as tokens before the variant is chosen; the unknown variant's tree
        // must still be the one Jackson reads from the source.
        Shape shape = read(json);
        assertThat(shape).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
        assertThat(MAPPER.writeValueAsString(shape)).isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1000000000000000055511151231257827", "1E+400", "12345678901234567890.5"})
    void aDiscriminatedVariantReadsNumbersAsTheSourceHasThem(String amount) throws Exception {
        // Bound from the source's tokens, as outside a union: not through a tree's double.
        String json = "{\"kind\":\"fee\",\"amount\":" + amount + "}";
        Charge charge = MAPPER.readValue(json, Charge.class);
        assertThat(charge).isEqualTo(new Fee("fee", new BigDecimal(amount)));
        assertThat(MAPPER.writeValueAsString(charge)).isEqualTo(json);
        // The same before the discriminator, where the union reads ahead to find it.
        assertThat(MAPPER.readValue("{\"amount\":" + amount + ",\"kind\":\"fee\"}", Charge.class))
                .isEqualTo(charge);
    }

    @Test
    void aRepeatedDiscriminatorCountsByItsLastValueAsInATree() throws Exception {
        assertThat(read("{\"kind\":\"hexagon\",\"radius\":1.5,\"kind\":\"circle\"}"))
                .isEqualTo(new Circle("circle", 1.5));
        String json = "{\"kind\":\"circle\",\"radius\":1.5,\"kind\":\"hexagon\"}";
        assertThat(read(json)).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
    }

    @Test
    void aRepeatedPropertyKeepsItsLastValueWhereverTheDiscriminatorIs() throws Exception {
        assertThat(read("{\"radius\":1.0,\"kind\":\"circle\",\"radius\":2.5}")).isEqualTo(new Circle("circle", 2.5));
        assertThat(read("{\"kind\":\"circle\",\"radius\":1.0,\"radius\":2.5}")).isEqualTo(new Circle("circle", 2.5));
    }

    @Test
    void findsTheDiscriminatorBetweenNestedValues() throws Exception {
        // The run response's shape: an object before the discriminator, another after it.
        String json = "{\"settings\":{\"max\":3,\"backoff\":{\"type\":\"fixed\",\"delay\":[60]}},"
                + "\"kind\":\"square\",\"response\":{\"status\":\"ok\",\"times\":[1,2.5,null,true]},\"side\":2.0}";
        assertThat(read(json)).isEqualTo(MAPPER.readValue(json, Square.class));
        assertThat(((Square) read(json)).additionalProperties()).containsOnlyKeys("settings", "response");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read(json)))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void aDiscriminatorRepeatedWithTheSameValueStillNamesTheVariant() throws Exception {
        assertThat(read("{\"kind\":\"circle\",\"radius\":1.5,\"kind\":\"circle\"}"))
                .isEqualTo(new Circle("circle", 1.5));
        assertThat(read("{\"kind\":\"group\",\"members\":[{\"kind\":\"circle\",\"radius\":1.0}],\"kind\":\"group\"}"))
                .isEqualTo(new Group("group", List.of(new Circle("circle", 1.0))));
    }

    @Test
    void aNameRepeatedInsideANestedValueIsTheNestedValuesOwnAffair() throws Exception {
        String json = "{\"kind\":\"square\",\"style\":{\"fill\":\"red\",\"fill\":\"blue\"},\"side\":1.0}";
        assertThat(read(json)).isEqualTo(MAPPER.readValue(json, Square.class));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"radius\":\"big\",\"kind\":\"circle\"}",
                "{\"kind\":\"circle\",\"style\":{\"dash\":[1,{\"a\":[]}]},\"radius\":[\"big\"],\"z\":{\"y\":1}}",
                "{\"kind\":\"circle\",\"radius\":1.0,\"unknown\":{\"deep\":[{\"kind\":\"circle\"}]},\"n\":1e400}",
                // Fails after a nested union was read from the same tokens.
                "{\"kind\":\"group\",\"members\":[{\"kind\":\"circle\",\"radius\":1.0},{\"kind\":\"cloud\"}],\"extra\":[1]}"
            })
    void anObjectThatDoesNotBindIsUnknownWithAllOfItAndReadingGoesOn(String json) throws Exception {
        assertThat(read(json)).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
        List<Shape> shapes = MAPPER.readValue(
                "[" + json + ",{\"kind\":\"circle\",\"radius\":2.0}]", new TypeReference<List<Shape>>() {});
        assertThat(shapes).containsExactly(new Shape.Unknown(MAPPER.readTree(json)), new Circle("circle", 2.0));
        Drawing drawing = MAPPER.readValue("{\"main\":" + json + ",\"layers\":[]}", Drawing.class);
        assertThat(drawing).isEqualTo(new Drawing(new Shape.Unknown(MAPPER.readTree(json)), List.of(), null));
    }

    @Test
    void aRepeatedNameAfterANestedUnionStillReadsTheObjectAsATree() throws Exception {
        String json = "{\"kind\":\"group\",\"members\":[{\"kind\":\"circle\",\"radius\":1.0}],"
                + "\"members\":[{\"kind\":\"square\",\"side\":2.0}]}";
        assertThat(read(json)).isEqualTo(new Group("group", List.of(new Square("square", 2.0, Map.of()))));
        String unknown = "{\"kind\":\"group\",\"members\":[],\"kind\":\"hexagon\",\"members\":[{\"kind\":\"x\"}]}";
        assertThat(MAPPER.readValue(
                        "[" + unknown + ",{\"kind\":\"circle\",\"radius\":2.0}]", new TypeReference<List<Shape>>() {}))
                .containsExactly(new Shape.Unknown(MAPPER.readTree(unknown)), new Circle("circle", 2.0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"kind\":\"circle\",\"radius\":tru}",
                "{\"radius\":1.0,\"kind\":\"circle\",}",
                "{\"kind\":\"circle\",\"style\":{\"a\":[1,2}}",
                "{\"kind\":\"circle\",\"radius\":1.0"
            })
    void malformedJsonInsideTheObjectIsAnErrorNotAnUnknownVariant(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(StreamReadException.class);
    }

    @Test
    void onlyTheObjectsOwnDiscriminatorCounts() throws Exception {
        String json = "{\"radius\":1.5,\"style\":{\"kind\":\"circle\"},\"tags\":[{\"kind\":\"square\"}]}";
        assertThat(read(json)).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
    }

    @Test
    void roundTripsAListMixingKnownAndUnknownVariants() throws Exception {
        String json = "[{\"kind\":\"circle\",\"radius\":1.5},"
                + "{\"kind\":\"triangle\",\"sides\":[3,4,5]},"
                + "{\"kind\":\"square\",\"side\":2.0,\"color\":\"blue\"},"
                + "{\"radius\":9.0}]";
        List<Shape> shapes = MAPPER.readValue(json, new TypeReference<List<Shape>>() {});
        assertThat(shapes)
                .extracting(Object::getClass)
                .containsExactly(Circle.class, Shape.Unknown.class, Square.class, Shape.Unknown.class);
        assertThat(((Square) shapes.get(2)).additionalProperties())
                .containsExactly(Map.entry("color", MAPPER.readTree("\"blue\"")));
        String written = MAPPER.writeValueAsString(shapes);
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(json));
        assertThat(written).isEqualTo(json);
    }

    @Test
    void readsUnionsNestedInRecordsAndInVariants() throws Exception {
        String json = "{\"main\":{\"kind\":\"group\",\"members\":["
                + "{\"kind\":\"circle\",\"radius\":1.0},"
                + "{\"kind\":\"group\",\"members\":[{\"kind\":\"blob\"}]}]},"
                + "\"layers\":[{\"kind\":\"square\",\"side\":3.0},{\"kind\":\"cloud\",\"puffs\":7}],"
                + "\"byName\":{\"sun\":{\"kind\":\"circle\",\"radius\":100.0}}}";
        Drawing drawing = MAPPER.readValue(json, Drawing.class);
        assertThat(drawing.main())
                .isEqualTo(new Group(
                        "group",
                        List.of(
                                new Circle("circle", 1.0),
                                new Group(
                                        "group", List.of(new Shape.Unknown(MAPPER.readTree("{\"kind\":\"blob\"}")))))));
        assertThat(drawing.layers().get(0)).isEqualTo(new Square("square", 3.0, Map.of()));
        assertThat(drawing.layers().get(1)).isInstanceOf(Shape.Unknown.class);
        assertThat(drawing.byName()).containsEntry("sun", new Circle("circle", 100.0));
        assertThat(MAPPER.writeValueAsString(drawing)).isEqualTo(json);
        assertThat(MAPPER.readValue("{\"main\":null}", Drawing.class)).isEqualTo(new Drawing(null, null, null));
    }

    @Test
    void variantRecordsDeserializeOnTheirOwnWithoutRecursion() throws Exception {
        assertThat(MAPPER.readValue("{\"kind\":\"circle\",\"radius\":2.5}", Circle.class))
                .isEqualTo(new Circle("circle", 2.5));
        assertThat(MAPPER.readValue("{\"kind\":\"square\",\"side\":1.0,\"x\":1}", Square.class))
                .isEqualTo(new Square("square", 1.0, Map.of("x", MAPPER.readTree("1"))));
        assertThat(MAPPER.readValue("{\"kind\":\"group\",\"members\":[]}", Group.class))
                .isEqualTo(new Group("group", List.of()));
        // Bound directly, the discriminator value is just data: nothing is dispatched.
        assertThat(MAPPER.readValue("{\"kind\":\"square\",\"radius\":2.5}", Circle.class))
                .isEqualTo(new Circle("square", 2.5));
    }

    @Test
    void aKnownKindWithABadBodyIsUnknownNotAnError() throws Exception {
        String json = "{\"kind\":\"circle\",\"radius\":\"big\"}";
        assertThat(read(json)).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"kind\":\"circle\"}]", "\"circle\"", "42", "true"})
    void jsonThatIsNotAnObjectIsUnknownAndWrittenBack(String json) throws Exception {
        Shape shape = read(json);
        assertThat(shape).isEqualTo(new Shape.Unknown(MAPPER.readTree(json)));
        assertThat(MAPPER.writeValueAsString(shape)).isEqualTo(json);
    }

    @Test
    void readsJsonNullAsNull() throws Exception {
        assertThat(read("null")).isNull();
        assertThat(MAPPER.readValue("[null]", new TypeReference<List<Shape>>() {}))
                .containsExactly((Shape) null);
    }

    @Test
    void explainsAVariantThatForgotJsonDeserializerNoneInsteadOfOverflowingTheStack() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"kind\":\"forgetful\"}", Broken.class))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("Forgetful")
                .hasMessageContaining("@JsonDeserialize(using = JsonDeserializer.None.class)");
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() ->
                        new UnionDeserializer<Shape>(
                                Shape.class, UnionDeserializer.Match.ONE_OF, "kind", null, Shape.Unknown::new) {
                            private static final long serialVersionUID = 1L;
                        })
                .isInstanceOf(NullPointerException.class)
                .hasMessage("variants");
        assertThatThrownBy(() -> UnionVariant.of(Circle.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Shape.Deserializer().handledType()).isEqualTo(Shape.class);
    }
}
