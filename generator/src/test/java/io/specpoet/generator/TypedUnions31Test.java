package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.JavaCompilation;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The golden case {@code typedunions31}: 3.1 const enums and null members, compiled and run. */
class TypedUnions31Test {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final String MODEL = "golden.typedunions31.model.";

    @TempDir
    static Path work;

    static ClassLoader loader;

    @BeforeAll
    static void compile() {
        Path spec = GoldenFilesTest.GOLDEN.resolve("typedunions31/openapi.yaml");
        loader = JavaCompilation.compile(
                new GeneratorRun(spec, null, "golden.typedunions31", null, false).generate(), work.resolve("classes"));
    }

    static Class<?> type(String simpleName) throws ClassNotFoundException {
        return Class.forName(MODEL + simpleName, true, loader);
    }

    @Test
    void aOneOfOfConstantsIsAnEnumNamedByTheTitles() throws Exception {
        Object dm = MAPPER.readValue("1", type("ChannelType"));
        assertThat(dm).isSameAs(type("ChannelType").getField("DM").get(null));
        Object newer = MAPPER.readValue("15", type("ChannelType"));
        assertThat(newer.getClass().getMethod("isKnown").invoke(newer)).isEqualTo(false);
        assertThat(MAPPER.writeValueAsString(newer)).isEqualTo("15");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"source\":null,\"owner\":null}",
                // nullable only through the anyOf member or the allOf part they refer to
                "{\"holder\":null,\"previous\":null}",
                "{\"holder\":{\"last4\":\"4242\"},\"previous\":{\"last4\":\"1881\"}}",
                "{\"type\":2,\"source\":\"tok_1\",\"owner\":{\"last4\":\"4242\"}}",
                "{\"source\":{\"last4\":\"4242\"},\"limits\":{\"min\":1,\"max\":2}}",
            })
    void nullableUnionsAndMergedMembersRoundTrip(String json) throws Exception {
        Object channel = MAPPER.readValue(json, type("Channel"));
        assertThat(MAPPER.writeValueAsString(channel)).isEqualTo(json);
    }

    @Test
    void theNullableUnionHoldsTheVariant() throws Exception {
        Object channel = MAPPER.readValue("{\"source\":{\"last4\":\"4242\"}}", type("Channel"));
        Object source = channel.getClass().getMethod("source").invoke(channel);
        Object value = source.getClass().getMethod("get").invoke(source);
        assertThat(value.getClass()).isEqualTo(type("Card"));
    }
}
