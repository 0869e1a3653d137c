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
            assertThat(loadable(loader, "com.example.hostile.model." + marker))
                    .as(marker)
                    .isFalse();
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

        assertThat(sources)
                .containsKeys(
                        "com/example/hostile/model/OverrideModel.java",
                        "com/example/hostile/model/DeprecatedModel.java",
                        "com/example/hostile/model/List.java");
        assertThat(sources.get("com/example/hostile/model/OverrideModel.java"))
                .contains(
                        "@JsonProperty(\"int\") @Nullable String int_",
                        "@JsonProperty(\"fooBar\") @Nullable String fooBar,",
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
        assertThat(sources.keySet().stream().filter(path -> path.contains("/model/")))
                .hasSize(60 + 1); // package-info
    }

    @Test
    void lineAndParagraphSeparatorsInSpecTextKeepStringLiteralsWhole() throws Exception {
        // Found by GeneratorFuzzTest: JavaPoet writes U+2028 and U+2029 as they are and then breaks
        // its lines at them, which cut every literal holding one in two.
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Separators, version: '1'}
                servers: [{url: "https://example.com/\\u2029"}]
                paths:
                  "/a\\u2028b":
                    get:
                      operationId: "get\\u2028it"
                      parameters:
                        - {name: "q\\u2029", in: query, schema: {type: string}}
                      responses:
                        '204': {description: Done.}
                components:
                  schemas:
                    Mode:
                      type: string
                      enum: ["one\\u2028two", "\\u2029"]
                    Target:
                      type: object
                      properties:
                        "name\\u2028": {type: string}
                """);

        ClassLoader loader = JavaCompilation.compile(sources, work.resolve("compiled"));

        Class<?> mode = Class.forName("com.example.hostile.model.Mode", true, loader);
        assertThat(mode.getMethod("knownValues").invoke(null).toString()).isEqualTo("[one\u2028two, \u2029]");
        assertThat(sources.get("com/example/hostile/model/Target.java"))
                .contains("@JsonProperty(\"name\" + \"\\u2028\")");
        assertThat(sources.get("com/example/hostile/SeparatorsClient.java"))
                .contains("URI.create(\"https://example.com/\" + \"\\u2029\")");
    }

    @Test
    void aVeryLongTitleGivesAClientNameShortEnoughForAFile() throws IOException {
        // Found by GeneratorFuzzTest: the client's name was not shortened like other type names,
        // and its file name passed the file system's limit of 255 bytes.
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: "Long %s title", version: '1'}
                paths: {}
                """.formatted("x".repeat(300)));

        assertThat(sources)
                .containsOnlyKeys("com/example/hostile/LongTitleClient.java", "com/example/hostile/package-info.java");
    }

    @Test
    void additionalPropertiesThatReferBackThroughAllOfAreOneTypeNotAnEndlessChain() throws IOException {
        // Found by GeneratorFuzzTest: each level typed the same schema at a new pointer, until the
        // stack overflowed.
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Recursive, version: '1'}
                paths: {}
                components:
                  schemas:
                    Tree:
                      type: object
                      properties:
                        name: {type: string}
                      additionalProperties:
                        allOf:
                          - $ref: '#/components/schemas/Tree'
                          - type: object
                            properties:
                              weight: {type: integer}
                """);

        JavaCompilation.compile(sources, work.resolve("compiled"));
        assertThat(sources)
                .containsOnlyKeys(
                        "com/example/hostile/RecursiveClient.java",
                        "com/example/hostile/package-info.java",
                        "com/example/hostile/model/Tree.java",
                        "com/example/hostile/model/TreeValue.java",
                        "com/example/hostile/model/package-info.java");
        assertThat(sources.get("com/example/hostile/model/TreeValue.java"))
                .contains("@JsonAnyGetter Map<String, TreeValue> additionalProperties");
    }

    @Test
    void aTypeNamedBuilderIsNotShadowedByTheNestedBuilderOfARecordUsingIt() throws IOException {
        // Found by GeneratorFuzzTest: inside Pet, "Builder" named Pet's own builder, and JavaPoet
        // did not qualify the model type of that name.
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Builders, version: '1'}
                paths: {}
                components:
                  schemas:
                    Builder:
                      type: object
                      properties:
                        name: {type: string}
                    Pet:
                      type: object
                      properties:
                        builder: {$ref: '#/components/schemas/Builder'}
                        helpers: {type: array, items: {$ref: '#/components/schemas/Builder'}}
                    Owner:
                      type: object
                      properties:
                        name: {type: string}
                """);

        JavaCompilation.compile(sources, work.resolve("compiled"));
        assertThat(sources.get("com/example/hostile/model/Pet.java")).contains("public static final class Builder_ {");
        assertThat(sources.get("com/example/hostile/model/Builder.java"))
                .contains("public static final class Builder_ {");
        assertThat(sources.get("com/example/hostile/model/Owner.java")).contains("public static final class Builder {");
    }

    @Test
    void aParameterNamedApiClientDoesNotHideTheFieldTheMethodsCall() throws IOException {
        // Found by GeneratorFuzzTest: "apiClient.send(…)" called the parameter.
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Hiding, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      parameters:
                        - {name: apiClient, in: query, schema: {type: integer}}
                      responses:
                        '204': {description: Done.}
                """);

        JavaCompilation.compile(sources, work.resolve("compiled"));
        assertThat(sources.get("com/example/hostile/api/DefaultApi.java"))
                .contains(
                        "public void listPets(@Nullable Long apiClient2)",
                        ".queryParameter(\"apiClient\", apiClient2)");
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
