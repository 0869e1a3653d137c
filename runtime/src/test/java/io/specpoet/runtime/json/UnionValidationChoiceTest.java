package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Members that the deduction plan cannot tell apart (same kind, same required properties) are
 * told apart by their constraints, as JSON Schema draft 4 judges {@code oneOf} and {@code anyOf}.
 */
class UnionValidationChoiceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    /** {@code oneOf: [{type: string, pattern: '^cus_'}, {type: string, pattern: '^acct_'}]}. */
    @JsonDeserialize(using = Id.Deserializer.class)
    sealed interface Id permits Id.CustomerId, Id.AccountId, Id.Unknown {
        @JsonDeserialize(using = JsonDeserializer.None.class)
        record CustomerId(
                @JsonValue @Pattern(regexp = "cus_.*") String value) implements Id {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public CustomerId {}
        }

        @JsonDeserialize(using = JsonDeserializer.None.class)
        record AccountId(
                @JsonValue @Pattern(regexp = "acct_.*") String value) implements Id {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public AccountId {}
        }

        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements Id {}

        final class Deserializer extends UnionDeserializer<Id> {
            private static final long serialVersionUID = 1L;

            Deserializer() {
                super(
                        Id.class,
                        Match.ONE_OF,
                        null,
                        List.of(
                                UnionVariant.of(CustomerId.class, JsonKind.STRING),
                                UnionVariant.of(AccountId.class, JsonKind.STRING)),
                        Unknown::new);
            }
        }
    }

    /** {@code [{type: integer, maximum: 10}, {type: integer, minimum: 5}]}, as a oneOf or an anyOf. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Low(@JsonValue @Max(10) Long value) implements OneRange, AnyRange {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Low {}
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record High(@JsonValue @Min(5) Long value) implements OneRange, AnyRange {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public High {}
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Text(@JsonValue @Pattern(regexp = "^[a-z]+$") String value) implements AnyRange {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Text {}
    }

    @JsonDeserialize(using = OneRange.Deserializer.class)
    sealed interface OneRange permits Low, High, OneRange.Unknown {
        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements OneRange {}

        final class Deserializer extends UnionDeserializer<OneRange> {
            private static final long serialVersionUID = 1L;

            Deserializer() {
                super(
                        OneRange.class,
                        Match.ONE_OF,
                        null,
                        List.of(
                                UnionVariant.of(Low.class, JsonKind.INTEGER),
                                UnionVariant.of(High.class, JsonKind.INTEGER)),
                        Unknown::new);
            }
        }

        /** The same union, read as if no Bean Validation provider were on the class path. */
        final class WithoutProvider extends UnionDeserializer<OneRange> {
            private static final long serialVersionUID = 1L;

            WithoutProvider() {
                super(
                        OneRange.class,
                        Match.ONE_OF,
                        null,
                        List.of(
                                UnionVariant.of(Low.class, JsonKind.INTEGER),
                                UnionVariant.of(High.class, JsonKind.INTEGER)),
                        Unknown::new);
                validatingWith(VariantValidation.load(List::of));
            }
        }
    }

    /** {@code anyOf: [{maximum: 10}, {minimum: 5}, {type: string, pattern: '^[a-z]+$'}]}. */
    @JsonDeserialize(using = AnyRange.Deserializer.class)
    sealed interface AnyRange permits Low, High, Text, AnyRange.Unknown {
        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements AnyRange {}

        final class Deserializer extends UnionDeserializer<AnyRange> {
            private static final long serialVersionUID = 1L;

            Deserializer() {
                super(
                        AnyRange.class,
                        Match.ANY_OF,
                        null,
                        List.of(
                                UnionVariant.of(Low.class, JsonKind.INTEGER),
                                UnionVariant.of(High.class, JsonKind.INTEGER),
                                UnionVariant.of(Text.class, JsonKind.STRING)),
                        Unknown::new);
            }
        }
    }

    /**
     * {@code oneOf} of two objects with the same required {@code id}, told apart by the id's
     * pattern and by the nested union one of them holds. (Bean Validation's {@code @Pattern} matches
     * the whole string; specpoet translates a spec's {@code ^cus_} to such a regex.)
     */
    @JsonDeserialize(using = Party.Deserializer.class)
    sealed interface Party permits Customer, Account, Party.Unknown {
        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements Party {}

        final class Deserializer extends UnionDeserializer<Party> {
            private static final long serialVersionUID = 1L;

            Deserializer() {
                super(
                        Party.class,
                        Match.ONE_OF,
                        null,
                        List.of(
                                UnionVariant.of(Customer.class, JsonKind.OBJECT).required("id"),
                                UnionVariant.of(Account.class, JsonKind.OBJECT).required("id")),
                        Unknown::new);
            }
        }
    }

    /** The same members as an anyOf. */
    @JsonDeserialize(using = AnyParty.Deserializer.class)
    sealed interface AnyParty permits Customer, Account, AnyParty.Unknown {
        @UnknownVariant
        record Unknown(@JsonValue JsonNode raw) implements AnyParty {}

        final class Deserializer extends UnionDeserializer<AnyParty> {
            private static final long serialVersionUID = 1L;

            Deserializer() {
                super(
                        AnyParty.class,
                        Match.ANY_OF,
                        null,
                        List.of(
                                UnionVariant.of(Customer.class, JsonKind.OBJECT).required("id"),
                                UnionVariant.of(Account.class, JsonKind.OBJECT).required("id")),
                        Unknown::new);
            }
        }
    }

    /** Like a generated record, it reads properties it does not declare. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Customer(
            @JsonProperty("id") @NotNull @Pattern(regexp = "cus_.*")
            String id) implements Party, AnyParty {}

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Account(
            @JsonProperty("id") @NotNull @Pattern(regexp = "acct_.*")
            String id,

            @JsonProperty("owner") @Valid Id owner) implements Party, AnyParty {}

    record Holder(@Valid AnyRange value) {}

    record WithoutProviderHolder(
            @JsonDeserialize(using = OneRange.WithoutProvider.class)
            OneRange value) {}

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "'\"cus_1\"', CustomerId",
        "'\"acct_1\"', AccountId",
        // fits neither pattern: unknown
        "'\"x_1\"', Unknown",
    })
    void oneOfPicksByPattern(String json, String variant) throws Exception {
        Id id = MAPPER.readValue(json, Id.class);
        assertThat(id.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(MAPPER.writeValueAsString(id)).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "3, Low",
        // fits both members: a oneOf allows exactly one
        "7, Unknown",
        "12, High",
    })
    void oneOfNeedsExactlyOneMemberToFitAfterValidation(String json, String variant) throws Exception {
        OneRange value = MAPPER.readValue(json, OneRange.class);
        assertThat(value.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "3, Low",
        // fits both: the first in spec order
        "7, Low",
        // breaks the first member's maximum: the second
        "12, High",
        "'\"a\"', Text",
    })
    void anyOfTakesTheFirstMemberThatFitsAfterValidation(String json, String variant) throws Exception {
        AnyRange value = MAPPER.readValue(json, AnyRange.class);
        assertThat(value.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    }

    @Test
    void objectMembersAreToldApartByNestedConstraints() throws Exception {
        assertThat(MAPPER.readValue("{\"id\":\"cus_1\"}", Party.class)).isEqualTo(new Customer("cus_1"));
        assertThat(MAPPER.readValue("{\"id\":\"acct_1\",\"owner\":\"cus_2\"}", Party.class))
                .isEqualTo(new Account("acct_1", new Id.CustomerId("cus_2")));
        assertThat(MAPPER.readValue("{\"id\":\"acct_1\",\"owner\":\"cus_2\"}", AnyParty.class))
                .isEqualTo(new Account("acct_1", new Id.CustomerId("cus_2")));
    }

    @Test
    void valuesFittingNoMemberAreUnknownAndReported() throws Exception {
        // Customer breaks its pattern; Account holds a nested unknown variant, which is a violation
        String json = "{\"id\":\"acct_1\",\"owner\":\"x\"}";
        Party party = MAPPER.readValue(json, Party.class);
        AnyParty anyParty = MAPPER.readValue(json, AnyParty.class);
        assertThat(party).isInstanceOf(Party.Unknown.class);
        assertThat(anyParty).isInstanceOf(AnyParty.Unknown.class);
        assertThat(MAPPER.writeValueAsString(party)).isEqualTo(json);
        assertThat(MAPPER.writeValueAsString(anyParty)).isEqualTo(json);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(party))
                    .extracting(v -> v.getMessage())
                    .containsExactly(UnknownVariant.DEFAULT_MESSAGE);
            assertThat(factory.getValidator().validate(anyParty))
                    .extracting(v -> v.getMessage())
                    .containsExactly(UnknownVariant.DEFAULT_MESSAGE);
        }
    }

    @Test
    void aSingleCandidateIsTakenWithoutValidationAndItsViolationsAreReported() throws Exception {
        // only Text is a string member: taken at once, though it breaks the pattern
        Holder holder = MAPPER.readValue("{\"value\":\"ZZZ\"}", Holder.class);
        assertThat(holder.value()).isEqualTo(new Text("ZZZ"));
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(holder))
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactly("value.value");
        }
    }

    @Test
    void withoutAProviderEveryBoundCandidateFits() throws Exception {
        assertThat(VariantValidation.load(List::of).available()).isFalse();
        assertThat(VariantValidation.shared().available()).isTrue();
        // with a provider, 3 is Low; without one, Low and High both fit: unknown
        assertThat(MAPPER.readValue("{\"value\":3}", WithoutProviderHolder.class)
                        .value())
                .isInstanceOf(OneRange.Unknown.class);
        assertThat(MAPPER.readValue("3", OneRange.class)).isEqualTo(new Low(3L));
    }
}
