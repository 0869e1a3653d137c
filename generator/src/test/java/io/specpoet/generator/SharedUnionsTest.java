package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.JavaCompilation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The golden case {@code sharedunions}, compiled and run: an inline union written the same in
 * several places is one type, so a value read at one place can be used at another; a union that
 * differs in a constraint is a type of its own.
 */
class SharedUnionsTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final String PACKAGE = "golden.sharedunions.";

    @TempDir
    static Path work;

    static ClassLoader loader;

    @BeforeAll
    static void compile() {
        Path spec = GoldenFilesTest.GOLDEN.resolve("sharedunions/openapi.yaml");
        loader = JavaCompilation.compile(
                new GeneratorRun(spec, null, "golden.sharedunions", null, false).generate(), work.resolve("classes"));
    }

    static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(PACKAGE + "model." + name, true, loader);
    }

    static Type componentType(String record, String component) throws ClassNotFoundException {
        return Arrays.stream(type(record).getRecordComponents())
                .filter(c -> c.getName().equals(component))
                .map(RecordComponent::getGenericType)
                .findFirst()
                .orElseThrow();
    }

    static Object property(Object record, String name) throws Exception {
        return record.getClass().getMethod(name).invoke(record);
    }

    @Test
    void theSameUnionIsOneTypeWhereverItIsWritten() throws Exception {
        Class<?> shared = type("StringOrCustomer");
        assertThat(shared.isSealed()).isTrue();
        // Described differently, with an example and an x- extension at one place only.
        assertThat(componentType("Charge", "customer")).isEqualTo(shared);
        assertThat(componentType("Invoice", "customer")).isEqualTo(shared);
        // nullable belongs to the use: the property is Nullable, the union the same.
        assertThat(((ParameterizedType) componentType("Charge", "previousCustomer")).getActualTypeArguments())
                .containsExactly(shared);
        Class<?> api = Class.forName(PACKAGE + "api.ChargesApi", true, loader);
        assertThat(api.getMethod("getCharge", String.class, shared)).isNotNull();

        assertThat(componentType("Charge", "metadata")).isEqualTo(type("StringMapOrEmpty"));
        assertThat(componentType("Invoice", "metadata")).isEqualTo(type("StringMapOrEmpty"));
        // An inline member with a title is named by it.
        assertThat(componentType("Invoice", "billing")).isEqualTo(type("BillingParamOrEmpty"));
        assertThat(type("BillingParam").getInterfaces()).contains(type("BillingParamOrEmpty"));
    }

    @Test
    void aUnionThatDiffersInAConstraintIsATypeOfItsOwn() throws Exception {
        // Used once: named where it is, as before.
        assertThat(componentType("Charge", "shortCustomer")).isEqualTo(type("ChargeShortCustomer"));
        // maxLength 20 and maxLength 800: two shared types; the component StringOrEmpty keeps its name.
        assertThat(componentType("Charge", "email")).isEqualTo(type("StringOrEmpty2"));
        assertThat(componentType("Invoice", "email")).isEqualTo(type("StringOrEmpty2"));
        assertThat(componentType("Charge", "phone")).isEqualTo(type("StringOrEmpty3"));
        assertThat(componentType("Invoice", "phone")).isEqualTo(type("StringOrEmpty3"));
        assertThat(type("StringOrEmpty").isRecord()).isTrue();
    }

    @Test
    void aUnionInABodysOtherMediaTypesIsNoSecondUse() throws Exception {
        Class<?> api = Class.forName(PACKAGE + "api.ChargesApi", true, loader);
        assertThat(api.getMethod("createCharge", type("CreateChargeRequest"))).isNotNull();
    }

    @ParameterizedTest(name = "{0}.{1}: {2} is {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Charge | customer | `\"cus_1\"` | StringOrCustomer$StringValue",
                "Invoice | customer | `\"cus_1\"` | StringOrCustomer$StringValue",
                "Invoice | customer | `{\"id\":\"cus_1\",\"object\":\"customer\",\"name\":\"Ann\"}` | Customer",
                "Charge | metadata | `{\"order\":\"6735\"}` | StringMapOrEmpty$StringMap",
                "Invoice | metadata | `\"\"` | StringMapOrEmpty$StringMapOrEmptyEnumValue",
                "Invoice | metadata | `\"clear\"` | StringMapOrEmpty$Unknown",
                "Charge | billing | `{\"threshold\":5}` | BillingParam",
                "Invoice | billing | `\"\"` | BillingParamOrEmpty$BillingParamOrEmptyEnumValue",
                "Invoice | phone | `\"+1 555\"` | StringOrEmpty3$StringValue",
                "Charge | email | `\"\"` | StringOrEmpty2$StringValue",
            })
    void readsTheVariantAndWritesItBack(String record, String property, String json, String variant) throws Exception {
        String text = "{\"id\":\"x_1\",\"" + property + "\":" + json + "}";
        Object read = MAPPER.readValue(text, type(record));
        assertThat(property(read, property).getClass().getName()).isEqualTo(PACKAGE + "model." + variant);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(text);
    }

    @Test
    void aValueReadAtOnePlaceIsUsedAtAnother() throws Exception {
        Object charge = MAPPER.readValue("{\"id\":\"ch_1\",\"customer\":\"cus_1\"}", type("Charge"));
        Object builder = type("Invoice").getMethod("builder").invoke(null);
        Class<?> shared = type("StringOrCustomer");
        builder.getClass().getMethod("id", String.class).invoke(builder, "in_1");
        builder.getClass().getMethod("customer", shared).invoke(builder, property(charge, "customer"));
        Object invoice = builder.getClass().getMethod("build").invoke(builder);
        assertThat(MAPPER.writeValueAsString(invoice)).isEqualTo("{\"id\":\"in_1\",\"customer\":\"cus_1\"}");
    }

    @Test
    void eachTypeChecksItsOwnConstraints() throws Exception {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            String eleven = "\"cus_1234567\"";
            Object shared = MAPPER.readValue("{\"id\":\"ch_1\",\"customer\":" + eleven + "}", type("Charge"));
            assertThat(validator.validate(shared)).isEmpty();
            Object own = MAPPER.readValue("{\"id\":\"ch_1\",\"shortCustomer\":" + eleven + "}", type("Charge"));
            assertThat(validator.validate(own).stream()
                            .map(v -> v.getPropertyPath().toString()))
                    .containsExactly("shortCustomer.value");
        }
    }
}
