package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.GoldenFiles;
import io.specpoet.generator.testing.JavaCompilation;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A union member mapped to the user's class (golden case {@code mappings}, {@code Order.settlement}):
 * the user's class cannot implement the sealed interface, so a wrapper variant holds it, and it
 * reads and writes back like any other variant.
 */
class SchemaMappedUnionMemberTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @TempDir
    Path work;

    @Test
    void aMappedMemberIsHeldByAWrapperVariant() throws Exception {
        Path folder = GoldenFilesTest.GOLDEN.resolve("mappings");
        SortedMap<String, String> sources = new GeneratorRun(
                        folder.resolve("openapi.yaml"),
                        null,
                        "golden.mappings",
                        null,
                        false,
                        new TreeMap<>(),
                        new TreeMap<>(java.util.Map.of("Money", "com.example.money.Money")),
                        true)
                .generate();
        sources.putAll(GoldenFiles.read(folder.resolve("user")));
        ClassLoader classes = JavaCompilation.compile(sources, work.resolve("classes"));
        Class<?> order = Class.forName("golden.mappings.model.Order", true, classes);

        for (String settlement : new String[] {"{\"amount\":1.5,\"currency\":\"EUR\"}", "\"waived\""}) {
            String json = "{\"settlement\":" + settlement + "}";
            Object read = MAPPER.readValue(json, order);
            Object variant = order.getMethod("settlement").invoke(read);
            assertThat(variant.getClass().getName())
                    .isEqualTo(
                            settlement.startsWith("{")
                                    ? "golden.mappings.model.OrderSettlement$MoneyValue"
                                    : "golden.mappings.model.OrderSettlement$StringValue");
            assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read))).isEqualTo(MAPPER.readTree(json));
        }
    }
}
