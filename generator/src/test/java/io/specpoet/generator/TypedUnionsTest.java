package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.JavaCompilation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The golden case {@code typedunions}, compiled and run: every kind of union member reads into
 * the variant JSON Schema says it is, and writes back as the same JSON.
 */
class TypedUnionsTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final String MODEL = "golden.typedunions.model.";

    @TempDir
    static Path work;

    static ClassLoader loader;

    @BeforeAll
    static void compile() {
        Path spec = GoldenFilesTest.GOLDEN.resolve("typedunions/openapi.yaml");
        loader = JavaCompilation.compile(
                new GeneratorRun(spec, null, "golden.typedunions", null, false).generate(), work.resolve("classes"));
    }

    static Class<?> type(String simpleName) throws ClassNotFoundException {
        return Class.forName(MODEL + simpleName, true, loader);
    }

    static Object read(String type, String json) throws Exception {
        return MAPPER.readValue(json, type(type));
    }

    /** The variant's class name below the model package: {@code Expandable$StringValue}, {@code Customer}. */
    static String variantOf(Object value) {
        return value.getClass().getName().substring(MODEL.length());
    }

    static Object property(Object record, String name) throws Exception {
        return record.getClass().getMethod(name).invoke(record);
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // scalar|object (Stripe's expandable fields)
                "customer | `\"cus_1\"` | Expandable$StringValue",
                "customer | `{\"id\":\"cus_1\",\"object\":\"customer\",\"created\":1,\"name\":\"Ann\"}` | Customer",
                "customer | `{\"id\":\"cus_1\",\"object\":\"customer\",\"deleted\":true}` | DeletedCustomer",
                "customer | `{\"id\":\"cus_1\",\"object\":\"invoice\",\"created\":1}` | Expandable$Unknown",
                "customer | `42` | Expandable$Unknown",
                // string|enum [""]
                "metadata | `{\"order\":\"6735\"}` | ChargeMetadata$StringMap",
                "metadata | `\"\"` | ChargeMetadata$ChargeMetadataEnumValue",
                "metadata | `\"clear\"` | ChargeMetadata$Unknown",
                // integer|object, the same union as the parameter created: one type named for its members
                "created | `1700000000` | LongOrRange$LongValue",
                "created | `{\"gte\":1,\"lt\":5}` | Range",
                "created | `{\"gte\":1,\"since\":5}` | LongOrRange$Unknown",
                // list|object
                "tags | `[\"a\",\"b\"]` | ChargeTags$StringList",
                "tags | `{\"primary\":\"a\"}` | ChargeTagsObject",
                // nested unions
                "nested | `\"cus_1\"` | ChargeNested$ExpandableValue",
                "nested | `1.25` | ChargeNested$BigDecimalValue",
                "nested | `true` | ChargeNested$Unknown",
            })
    void readsTheVariantTheValueIsAndWritesItBack(String property, String json, String variant) throws Exception {
        String charge = "{\"id\":\"ch_1\",\"" + property + "\":" + json + "}";
        Object read = read("Charge", charge);
        assertThat(variantOf(property(read, property))).isEqualTo(variant);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(charge);
    }

    @Test
    void aNestedUnionHoldsItsOwnVariant() throws Exception {
        Object nested = property(
                read("Charge", "{\"id\":\"ch_1\",\"nested\":{\"id\":\"c\",\"object\":\"customer\",\"created\":1}}"),
                "nested");
        assertThat(variantOf(property(nested, "value"))).isEqualTo("Customer");
    }

    @Test
    void anyOfWithOverlappingMembersTakesTheFirstThatFits() throws Exception {
        assertThat(variantOf(read("Overlapping", "{\"id\":\"1\",\"name\":\"n\"}")))
                .isEqualTo("OverlappingWithId");
        assertThat(variantOf(read("Overlapping", "{\"name\":\"n\"}"))).isEqualTo("Overlapping$Unknown");
    }

    @Test
    void aOneOfValueThatFitsTwoMembersIsUnknownAndWrittenBack() throws Exception {
        String both = "{\"id\":\"1\",\"name\":\"n\"}";
        Object ambiguous = read("Ambiguous", both);
        assertThat(variantOf(ambiguous)).isEqualTo("Ambiguous$Unknown");
        assertThat(MAPPER.writeValueAsString(ambiguous)).isEqualTo(both);
        assertThat(variantOf(read("Ambiguous", "{\"id\":\"1\"}"))).isEqualTo("AmbiguousById");
        assertThat(variantOf(read("Ambiguous", "{\"name\":\"n\"}"))).isEqualTo("AmbiguousByName");
    }

    @Test
    void allOfPlusOneOfMergesTheSharedPartIntoEachMember() throws Exception {
        String cat = "{\"name\":\"Tom\",\"meows\":true}";
        Object pet = read("Pet", cat);
        assertThat(variantOf(pet)).isEqualTo("PetCat");
        assertThat(property(pet, "name")).isEqualTo("Tom");
        assertThat(MAPPER.writeValueAsString(pet)).isEqualTo(cat);
        assertThat(variantOf(read("Pet", "{\"name\":\"Rex\",\"barks\":false}"))).isEqualTo("PetDog");
    }

    @Test
    void unionsInArraysAndMapsReadEachElement() throws Exception {
        String json = "{\"id\":\"ch_1\",\"history\":[\"a\",7],\"byKey\":{\"on\":true,\"at\":\"2021-01-01T12:00:00Z\"}}";
        Object charge = read("Charge", json);
        assertThat(((java.util.List<?>) property(charge, "history")).stream().map(TypedUnionsTest::variantOf))
                .containsExactly("ChargeHistoryItem$StringValue", "ChargeHistoryItem$LongValue");
        assertThat(((java.util.Map<?, ?>) property(charge, "byKey"))
                        .values().stream().map(TypedUnionsTest::variantOf))
                .containsExactly("ChargeByKeyValue$BooleanValue", "ChargeByKeyValue$DateTimeValue");
        assertThat(MAPPER.writeValueAsString(charge)).isEqualTo(json);
    }

    @Test
    void aNullableUnionKeepsAbsentNullAndAValueApart() throws Exception {
        for (String json : new String[] {
            "{\"id\":\"ch_1\"}",
            "{\"id\":\"ch_1\",\"previousCustomer\":null}",
            "{\"id\":\"ch_1\",\"previousCustomer\":\"cus_1\"}"
        }) {
            assertThat(MAPPER.writeValueAsString(read("Charge", json))).isEqualTo(json);
        }
        Object nullable =
                property(read("Charge", "{\"id\":\"ch_1\",\"previousCustomer\":\"cus_1\"}"), "previousCustomer");
        Object value = nullable.getClass().getMethod("get").invoke(nullable);
        assertThat(variantOf(value)).isEqualTo("ChargePreviousCustomer$StringValue");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"window", "assignee", "backup"})
    void aPropertyNullableOnlyThroughItsMembersKeepsAnExplicitNull(String property) throws Exception {
        String absent = "{\"id\":\"ch_1\"}";
        String explicitNull = "{\"id\":\"ch_1\",\"" + property + "\":null}";
        String value = "{\"id\":\"ch_1\",\"" + property + "\":{\"start\":\"2019-12-04T00:00:00Z\"}}";
        for (String json : new String[] {absent, explicitNull, value}) {
            assertThat(MAPPER.writeValueAsString(read("Charge", json))).isEqualTo(json);
        }
        assertThat(property(read("Charge", absent), property)).isNull();
        Object held = property(read("Charge", explicitNull), property);
        assertThat(held.getClass().getMethod("isNull").invoke(held)).isEqualTo(true);
    }

    @Test
    void aDeclaredTypeWithoutNullableRejectsNullWhateverItsPartsAccept() throws Exception {
        // strictWindow is a plain Window: an explicit null reads as absent
        assertThat(property(read("Charge", "{\"id\":\"ch_1\",\"strictWindow\":null}"), "strictWindow"))
                .isNull();
        assertThat(type("Charge").getMethod("strictWindow").getReturnType()).isEqualTo(type("Window"));
    }

    @Test
    void theTypingBugsAreFixed() throws Exception {
        String json = "{\"id\":\"ch_1\",\"reason\":\"fraud\",\"payload\":\"{\\\"raw\\\":1}\"}";
        Object charge = read("Charge", json);
        assertThat(property(charge, "reason").getClass()).isEqualTo(type("Reason"));
        assertThat(property(charge, "payload")).isEqualTo("{\"raw\":1}");
        assertThat(MAPPER.writeValueAsString(charge)).isEqualTo(json);
    }

    @Test
    void numberEnumsAreEnumClassesThatKeepUnknownValues() throws Exception {
        Object level = read("Level", "2");
        assertThat(level).isSameAs(type("Level").getField("VALUE_2").get(null));
        assertThat(level.getClass().getMethod("value").invoke(level).toString()).isEqualTo("VALUE_2");
        Object unknown = read("Level", "9");
        assertThat(unknown.getClass().getMethod("isKnown").invoke(unknown)).isEqualTo(false);
        assertThat(MAPPER.writeValueAsString(unknown)).isEqualTo("9");
        Object ratio = read("Ratio", "1.50");
        assertThat(ratio).isEqualTo(type("Ratio").getField("VALUE_1_5").get(null));
        // A listed value is its constant: numbers compare by value, as JSON Schema compares them.
        assertThat(MAPPER.writeValueAsString(ratio)).isEqualTo("1.5");
    }

    @Test
    void factoriesBuildRequestsAndTheVisitorSeesEveryVariant() throws Exception {
        Class<?> expandable = type("Expandable");
        Object id = expandable.getMethod("stringValue", String.class).invoke(null, "cus_1");
        assertThat(MAPPER.writeValueAsString(id)).isEqualTo("\"cus_1\"");
        Class<?> visitor = type("Expandable$Visitor");
        InvocationHandler names = (proxy, method, args) -> method.getName();
        Object visitorProxy = Proxy.newProxyInstance(loader, new Class<?>[] {visitor}, names);
        Method accept = expandable.getMethod("accept", visitor);
        assertThat(accept.invoke(id, visitorProxy)).isEqualTo("visitStringValue");
        Object customer = read("Expandable", "{\"id\":\"c\",\"object\":\"customer\",\"created\":1}");
        assertThat(accept.invoke(customer, visitorProxy)).isEqualTo("visitCustomer");
        assertThat(accept.invoke(read("Expandable", "[]"), visitorProxy)).isEqualTo("visitUnknown");
        assertThat(expandable.isSealed()).isTrue();
    }

    @Test
    void validationReportsAnUnknownVariantWhereItIs() throws Exception {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            Object charge = read("Charge", "{\"id\":\"ch_1\",\"metadata\":\"clear\",\"history\":[\"a\",{}]}");
            assertThat(validator.validate(charge).stream()
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                            .sorted()
                            .collect(Collectors.toList()))
                    .containsExactly(
                            "history[1]: matches no variant of the union, or more than one variant of a oneOf",
                            "metadata: matches no variant of the union, or more than one variant of a oneOf");
            Object valid = read("Charge", "{\"id\":\"ch_1\",\"customer\":\"short\",\"metadata\":\"\"}");
            assertThat(validator.validate(valid)).isEmpty();
            Object tooLong = read("Charge", "{\"id\":\"ch_1\",\"customer\":\"much too long\"}");
            assertThat(validator.validate(tooLong).stream()
                            .map(v -> v.getPropertyPath().toString()))
                    .containsExactly("customer.value");
        }
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // strings told apart only by pattern
                "PartyId | `\"cus_1\"` | PartyId$StringValue",
                "PartyId | `\"acct_1\"` | PartyId$StringValue2",
                "PartyId | `\"x_1\"` | PartyId$Unknown",
                // anyOf [maximum 10, minimum 5]: the first that fits
                "FirstRange | `3` | FirstRange$LongValue",
                "FirstRange | `7` | FirstRange$LongValue",
                "FirstRange | `12` | FirstRange$LongValue2",
                // oneOf [maximum 10, minimum 5 and multipleOf 2]: exactly one may fit
                "OnlyRange | `3` | OnlyRange$LongValue",
                "OnlyRange | `7` | OnlyRange$LongValue",
                "OnlyRange | `8` | OnlyRange$Unknown",
                "OnlyRange | `12` | OnlyRange$LongValue2",
                "OnlyRange | `13` | OnlyRange$Unknown",
                // objects with the same required property, told apart by nested constraints
                "Payment | `{\"source\":{\"number\":\"1234567812345678\"}}` | PaymentCard",
                "Payment | `{\"source\":{\"iban\":\"DE89370400440532013000\"}}` | PaymentBank",
                "Payment | `{\"source\":{\"iban\":\"DE89370400440532013000\"},\"party\":\"acct_1\"}` | PaymentBank",
                // the nested union's Unknown is a violation, and the card has no number
                "Payment | `{\"source\":{\"iban\":\"DE89370400440532013000\"},\"party\":\"x\"}` | Payment$Unknown",
                "Payment | `{\"source\":{\"number\":\"1234\"}}` | Payment$Unknown",
                "Payment | `{\"source\":{\"number\":\"1234567812345678\",\"iban\":\"DE89370400440532013000\"}}` | Payment$Unknown",
            })
    void membersOfTheSameShapeAreToldApartByValidation(String union, String json, String variant) throws Exception {
        Object read = read(union, json);
        assertThat(variantOf(read)).isEqualTo(variant);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void validationReportsAValueThatNoMemberFitsAfterValidation() throws Exception {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(validator.validate(read("OnlyRange", "13")))
                    .extracting(v -> v.getMessage())
                    .containsExactly("matches no variant of the union, or more than one variant of a oneOf");
            assertThat(validator.validate(read("Payment", "{\"source\":{\"number\":\"1234567812345678\"}}")))
                    .isEmpty();
        }
    }

    @Test
    void unknownKeepsTheRawJson() throws Exception {
        Object unknown = property(read("Charge", "{\"id\":\"ch_1\",\"created\":{\"gte\":1,\"since\":5}}"), "created");
        assertThat(property(unknown, "raw")).isEqualTo(MAPPER.readTree("{\"gte\":1,\"since\":5}"));
        assertThat(property(unknown, "raw")).isInstanceOf(JsonNode.class);
    }
}
