package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.testing.JavaCompilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs written to break the generator: text that tries to escape comments and string literals,
 * names that collide with Java, and deep or recursive schemas. The output must compile and
 * contain nothing the spec smuggled in.
 */
class HostileSpecTest {

    @TempDir
    Path work;

    SortedMap<String, String> generate(String yaml) throws IOException {
        Path spec = work.resolve("hostile.yaml");
        Files.writeString(spec, yaml, StandardCharsets.UTF_8);
        return new GeneratorRun(spec, null, "com.example.hostile", null, false).generate();
    }

    @Test
    void textFromTheSpecCannotInjectCode() throws IOException {
        String injected = "Injected" + "Marker";
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: "*/ class %1$s {} /*", version: '1'}
                paths: {}
                components:
                  schemas:
                    Target:
                      title: "\\\\u002a/ class %1$s2 {} /*"
                      description: "*/ class %1$s3 {} /* \\\\u000d class %1$s4 {}"
                      type: object
                      properties:
                        field:
                          type: string
                          description: "\\\\u002a\\\\u002f class %1$s5 {}"
                          default: "\\"; class %1$s6 {} //"
                          pattern: "^\\"; class %1$s7 {} //$"
                        choice:
                          type: string
                          enum: ["\\"); class %1$s8 {} //", "\\\\u0022", "$S $L $T $N"]
                """.formatted(injected));

        ClassLoader loader = JavaCompilation.compile(sources, work.resolve("compiled"));

        for (int i = 1; i <= 8; i++) {
            String marker = injected + (i == 1 ? "" : i);
            assertThat(loadable(loader, "com.example.hostile.model." + marker)).as(marker).isFalse();
        }
        String target = sources.get("com/example/hostile/model/Target.java");
        assertThat(target).doesNotContain("*/ class").doesNotContain("\\u002a");
    }

    @Test
    void keywordsAndCollidingNamesCompile() throws IOException {
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Names, version: '1'}
                paths: {}
                components:
                  schemas:
                    Override:
                      type: object
                      properties:
                        int: {type: string}
                        foo_bar: {type: string}
                        fooBar: {type: string}
                        foo-bar: {type: string}
                        toString: {type: string}
                        getClass: {type: string}
                    Deprecated:
                      type: object
                      properties:
                        override: {$ref: '#/components/schemas/Override'}
                    List:
                      type: object
                      properties:
                        map: {type: object, additionalProperties: {$ref: '#/components/schemas/List'}}
                        items: {type: array, items: {$ref: '#/components/schemas/List'}}
                """);

        JavaCompilation.compile(sources, work.resolve("compiled"));

        assertThat(sources).containsKeys(
                "com/example/hostile/model/OverrideModel.java",
                "com/example/hostile/model/DeprecatedModel.java",
                "com/example/hostile/model/List.java");
        assertThat(sources.get("com/example/hostile/model/OverrideModel.java"))
                .contains("@JsonProperty(\"int\") @Nullable String int_", "@JsonProperty(\"fooBar\") @Nullable String fooBar,",
                        "@JsonProperty(\"foo_bar\") @Nullable String fooBar2",
                        "@JsonProperty(\"foo-bar\") @Nullable String fooBar3",
                        "@JsonProperty(\"toString\") @Nullable String toString2");
    }

    @Test
    void aSixtyLevelDeepSchemaCompiles() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                openapi: 3.0.3
                info: {title: Deep, version: '1'}
                paths: {}
                components:
                  schemas:
                    Root:
                """);
        String indent = "      ";
        for (int level = 0; level < 60; level++) {
            yaml.append(indent).append("type: object\n");
            yaml.append(indent).append("properties:\n");
            yaml.append(indent).append("  level").append(level).append(":\n");
            indent += "    ";
        }
        yaml.append(indent).append("type: string\n");

        SortedMap<String, String> sources = generate(yaml.toString());

        JavaCompilation.compile(sources, work.resolve("compiled"));
        assertThat(sources.keySet().stream().filter(path -> path.contains("/model/"))).hasSize(60 + 1); // package-info
    }

    private static boolean loadable(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
