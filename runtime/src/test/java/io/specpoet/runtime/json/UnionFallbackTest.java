package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A parent schema whose discriminator picks among the schemas that allOf it, written by hand as
 * specpoet generates it: the parent's own record is the fallback variant.
 */
class UnionFallbackTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @JsonDeserialize(using = Pet.Deserializer.class)
    sealed interface Pet permits PetBase, Dog, Pet.Unknown {

        record Unknown(@JsonValue JsonNode raw) implements Pet {}

        final class Deserializer extends UnionDeserializer<Pet> {
            private static final long serialVersionUID = 1L;

            public Deserializer() {
                super(
                        Pet.class,
                        Match.ONE_OF,
                        "petType",
                        List.of(
                                UnionVariant.of(PetBase.class, JsonKind.OBJECT)
                                        .discriminatorValues("Pet")
                                        .fallback(),
                                UnionVariant.of(Dog.class, JsonKind.OBJECT).discriminatorValues("Dog")),
                        Unknown::new);
            }
        }
    }

    /** The parent's own shape; keeps properties it does not name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record PetBase(
            @JsonProperty("petType") String petType,
            @JsonAnyGetter Map<String, JsonNode> others) implements Pet {

        @JsonCreator
        PetBase(@JsonProperty("petType") String petType) {
            this(petType, new LinkedHashMap<>());
        }

        @JsonAnySetter
        void other(String name, JsonNode value) {
            others.put(name, value);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Dog(
            @JsonProperty("petType") String petType,
            @JsonProperty("bark") Boolean bark) implements Pet {}

    private static Pet read(String json) throws Exception {
        return MAPPER.readValue(json, Pet.class);
    }

    @Test
    void aNamedSubtypeIsThatSubtype() throws Exception {
        assertThat(read("{\"petType\":\"Dog\",\"bark\":true}")).isEqualTo(new Dog("Dog", true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"petType\":\"Pet\"}",
                "{\"petType\":\"Hamster\",\"squeaks\":true}",
                "{\"name\":\"no petType\"}"
            })
    void anObjectNamingNoSubtypeIsTheParentAndIsWrittenBack(String json) throws Exception {
        Pet pet = read(json);
        assertThat(pet).isInstanceOf(PetBase.class);
        assertThat(MAPPER.writeValueAsString(pet)).isEqualTo(json);
    }

    @Test
    void aNamedSubtypeThatDoesNotBindIsUnknownNotTheParent() throws Exception {
        String json = "{\"petType\":\"Dog\",\"bark\":{\"loud\":true}}";
        assertThat(read(json)).isEqualTo(new Pet.Unknown(MAPPER.readTree(json)));
    }

    @Test
    void aValueThatIsNoObjectIsUnknown() throws Exception {
        assertThat(read("\"Dog\"")).isEqualTo(new Pet.Unknown(MAPPER.readTree("\"Dog\"")));
    }

    @Test
    void aUnionHasAtMostOneFallback() {
        assertThatThrownBy(() ->
                        new UnionDeserializer<Pet>(
                                Pet.class,
                                UnionDeserializer.Match.ONE_OF,
                                "petType",
                                List.of(
                                        UnionVariant.of(PetBase.class, JsonKind.OBJECT)
                                                .fallback(),
                                        UnionVariant.of(Dog.class, JsonKind.OBJECT)
                                                .fallback()),
                                Pet.Unknown::new) {
                            private static final long serialVersionUID = 1L;
                        })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most one fallback");
    }
}
