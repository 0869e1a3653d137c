package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.JavaCompilation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The golden case {@code inheritance}, compiled and run: a discriminator declared only in a parent
 * schema picks the subtype that {@code allOf}s it, through an intermediate parent and a mapping;
 * the parent's own shape reads values naming no subtype; everything writes back as it was read.
 */
class InheritanceTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final String MODEL = "golden.inheritance.model.";

    @TempDir
    static Path work;

    static ClassLoader loader;

    @BeforeAll
    static void compile() {
        Path spec = GoldenFilesTest.GOLDEN.resolve("inheritance/openapi.yaml");
        loader = JavaCompilation.compile(
                new GeneratorRun(spec, null, "golden.inheritance", null, false).generate(), work.resolve("classes"));
    }

    static Class<?> type(String simpleName) throws ClassNotFoundException {
        return Class.forName(MODEL + simpleName, true, loader);
    }

    static Object read(String type, String json) throws Exception {
        return MAPPER.readValue(json, type(type));
    }

    static String variantOf(Object value) {
        return value.getClass().getName().substring(MODEL.length());
    }

    static Object property(Object record, String name) throws Exception {
        return record.getClass().getMethod(name).invoke(record);
    }

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // named by the mapping
                "`{\"petType\":\"dog\",\"name\":\"Rex\",\"bark\":true}` | Pet | Dog",
                // named by its schema name
                "`{\"petType\":\"Cat\",\"meows\":3}` | Pet | Cat",
                // narrowed to its own value by an enum
                "`{\"petType\":\"goldfish\",\"fins\":4}` | Pet | Fish",
                // the parent itself, and values naming no subtype: the parent's own shape
                "`{\"petType\":\"Pet\",\"name\":\"Generic\"}` | Pet | PetBase",
                "`{\"petType\":\"Hamster\",\"name\":\"Ham\",\"wheel\":{\"size\":7}}` | Pet | PetBase",
                "`{\"name\":\"no petType\"}` | Pet | PetBase",
                // the implicit name 'Dog' is not a value once the mapping names Dog
                "`{\"petType\":\"Dog\",\"bark\":true}` | Pet | PetBase",
                // through an intermediate parent
                "`{\"petType\":\"Reptile\",\"coldBlooded\":true}` | Pet | ReptileBase",
                "`{\"petType\":\"Lizard\",\"lovesRocks\":true}` | Pet | Lizard",
                "`{\"petType\":\"Lizard\",\"lovesRocks\":true}` | Reptile | Lizard",
                "`{\"petType\":\"Reptile\"}` | Reptile | ReptileBase",
                "`{\"petType\":\"Cat\",\"meows\":3}` | Reptile | ReptileBase",
                // a mapping target that does not extend the parent
                "`{\"petType\":\"robot\",\"model\":\"R2\"}` | Pet | Robot",
                // a named subtype that does not bind, and JSON that is no object
                "`{\"petType\":\"Cat\",\"meows\":\"loud\"}` | Pet | Pet$Unknown",
                "`\"Cat\"` | Pet | Pet$Unknown",
                // the parent's own record name was taken: a number
                "`{\"kind\":\"Circle\",\"radius\":1.5}` | Shape | Circle",
                "`{\"kind\":\"Shape\"}` | Shape | ShapeBase2",
                "`{\"kind\":\"square\"}` | Shape | ShapeBase2",
            })
    void readsTheSubtypeTheDiscriminatorNamesAndWritesItBack(String json, String type, String variant)
            throws Exception {
        Object value = read(type, json);
        assertThat(variantOf(value)).isEqualTo(variant);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    }

    @Test
    void aSubtypeIsItsParentsTypeAndKeepsItsOwnProperties() throws Exception {
        Object lizard = read("Pet", "{\"petType\":\"Lizard\",\"name\":\"Liz\",\"lovesRocks\":true}");
        assertThat(type("Pet").isInstance(lizard)).isTrue();
        assertThat(type("Reptile").isInstance(lizard)).isTrue();
        assertThat(property(lizard, "name")).isEqualTo("Liz");
        assertThat(property(lizard, "lovesRocks")).isEqualTo(true);
        assertThat(type("Pet").isSealed()).isTrue();
        assertThat(type("Reptile").isSealed()).isTrue();
    }

    @Test
    void propertiesAndListsOfTheParentReadEachSubtype() throws Exception {
        String json = "{\"resident\":{\"petType\":\"Lizard\"},"
                + "\"residents\":[{\"petType\":\"dog\"},{\"petType\":\"Cat\",\"meows\":1},{\"petType\":\"Pet\"}],"
                + "\"occupant\":{\"petType\":\"Lizard\"}}";
        Object terrarium = read("Terrarium", json);
        assertThat(variantOf(property(terrarium, "resident"))).isEqualTo("Lizard");
        assertThat(((List<?>) property(terrarium, "residents")).stream().map(InheritanceTest::variantOf))
                .containsExactly("Dog", "Cat", "PetBase");
        Object occupant = property(terrarium, "occupant");
        assertThat(variantOf(occupant)).isEqualTo("TerrariumOccupant$ReptileValue");
        assertThat(variantOf(property(occupant, "value"))).isEqualTo("Lizard");
        assertThat(MAPPER.writeValueAsString(terrarium)).isEqualTo(json);
    }

    @Test
    void buildersFillInTheDiscriminatorValueThatReadsBackAsTheSameType() throws Exception {
        Object builder = type("Pet").getMethod("builder").invoke(null);
        builder.getClass().getMethod("name", String.class).invoke(builder, "Generic");
        Object pet = builder.getClass().getMethod("build").invoke(builder);
        String json = MAPPER.writeValueAsString(pet);
        assertThat(json).isEqualTo("{\"petType\":\"Pet\",\"name\":\"Generic\"}");
        assertThat(variantOf(read("Pet", json))).isEqualTo("PetBase");

        Object dogBuilder = type("Dog").getMethod("builder").invoke(null);
        dogBuilder.getClass().getMethod("bark", Boolean.class).invoke(dogBuilder, true);
        Object dog = dogBuilder.getClass().getMethod("build").invoke(dogBuilder);
        assertThat(MAPPER.writeValueAsString(dog)).isEqualTo("{\"petType\":\"dog\",\"bark\":true}");
        assertThat(read("Pet", MAPPER.writeValueAsString(dog))).isEqualTo(dog);
    }

    @Test
    void aSubtypeReadDirectlyWithoutItsDiscriminatorWritesBackWithoutIt() throws Exception {
        // Only builder() presets the value; Jackson's reading through the builder must not add it.
        String json = "{\"name\":\"Rex\",\"bark\":true}";
        Object dog = read("Dog", json);
        assertThat(property(dog, "petType")).isNull();
        assertThat(MAPPER.writeValueAsString(dog)).isEqualTo(json);
    }

    @Test
    void theParentsOwnRecordKeepsTheEnumTypingTheDiscriminator() throws Exception {
        Object square = read("Shape", "{\"kind\":\"square\"}");
        assertThat(property(square, "kind").getClass()).isEqualTo(type("ShapeKind"));
        assertThat(property(read("Shape", "{\"kind\":\"Circle\"}"), "kind")).isEqualTo("Circle");
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(read("Shape", "{\"kind\":\"Shape\"}")).stream()
                            .map(v -> v.getPropertyPath().toString()))
                    .containsExactly("kind");
        }
    }

    @Test
    void theVisitorHasAMethodPerDirectSubtype() throws Exception {
        Class<?> visitor = type("Pet$Visitor");
        InvocationHandler names = (proxy, method, args) -> method.getName();
        Object visitorProxy = Proxy.newProxyInstance(loader, new Class<?>[] {visitor}, names);
        var accept = type("Pet").getMethod("accept", visitor);
        assertThat(accept.invoke(read("Pet", "{\"petType\":\"Lizard\"}"), visitorProxy))
                .isEqualTo("visitReptile");
        assertThat(accept.invoke(read("Pet", "{\"petType\":\"Hamster\"}"), visitorProxy))
                .isEqualTo("visitPetBase");
        assertThat(accept.invoke(read("Pet", "[]"), visitorProxy)).isEqualTo("visitUnknown");
    }

    @Test
    void validationReportsANamedSubtypeThatDoesNotBindButNotAnUnnamedValue() throws Exception {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            Object terrarium = read(
                    "Terrarium",
                    "{\"residents\":[{\"petType\":\"Cat\",\"meows\":\"loud\"},{\"petType\":\"Hamster\"},"
                            + "{\"petType\":\"Cat\",\"meows\":-1}]}");
            assertThat(validator.validate(terrarium).stream()
                            .map(v -> v.getPropertyPath().toString())
                            .sorted())
                    .containsExactly("residents[0]", "residents[2].meows");
        }
    }

    @Test
    void anOpenApi31ParentReadsItsSubtypesToo(@TempDir Path folder) throws Exception {
        Path spec = folder.resolve("openapi.yaml");
        Files.writeString(spec, """
                openapi: 3.1.0
                info: {title: Inheritance 3.1, version: '1'}
                paths: {}
                components:
                  schemas:
                    Animal:
                      type: object
                      required: [kind]
                      properties:
                        kind: {type: string}
                        name: {type: [string, 'null']}
                      discriminator: {propertyName: kind}
                    Bird:
                      allOf:
                        - $ref: '#/components/schemas/Animal'
                        - properties:
                            kind: {const: bird}
                            wings: {type: integer}
                """);
        ClassLoader classes = JavaCompilation.compile(
                new GeneratorRun(spec, null, "inheritance31", null, false).generate(), folder.resolve("classes"));
        Class<?> animal = Class.forName("inheritance31.model.Animal", true, classes);
        for (String[] row : new String[][] {
            {"{\"kind\":\"bird\",\"name\":null,\"wings\":2}", "Bird"},
            {"{\"kind\":\"Animal\",\"name\":\"Ann\"}", "AnimalBase"},
            {"{\"kind\":\"Bird\"}", "AnimalBase"}
        }) {
            Object value = MAPPER.readValue(row[0], animal);
            assertThat(value.getClass().getSimpleName()).isEqualTo(row[1]);
            assertThat(MAPPER.writeValueAsString(value)).isEqualTo(row[0]);
        }
    }
}
