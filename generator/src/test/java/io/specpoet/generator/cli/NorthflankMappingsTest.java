package io.specpoet.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.GoldenFiles;
import io.specpoet.generator.testing.JavaCompilation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with a type mapping and a schema mapping on the Northflank spec: the code
 * compiles against the user's class and reads the documented example, whose date-times separate
 * date and time with a space.
 */
class NorthflankMappingsTest {

    static final Path SPEC_DIR = Path.of(System.getProperty("specpoet.module.dir", "."))
            .resolve("../spec")
            .normalize();
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    static final String USER_CONTEXT = """
            package com.example;

            import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
            import com.fasterxml.jackson.annotation.JsonProperty;

            /** The user's class for the spec's WorkflowContext. */
            @JsonIgnoreProperties(ignoreUnknown = true)
            public record Context(@JsonProperty("projectId") String projectId) {}
            """;

    @Test
    void generatesAgainstTheUsersClassAndReadsTheDocumentedExample(@TempDir Path work) throws Exception {
        Path output = work.resolve("out");
        StringWriter err = new StringWriter();
        int exit = SpecpoetCommand.run(
                new String[] {
                    "generate",
                    "--spec",
                    SPEC_DIR.resolve("northflank-release-flows.yaml").toString(),
                    "--output",
                    output.toString(),
                    "--package",
                    "io.specpoet.northflank",
                    "--type-mapping",
                    "date-time=java.time.Instant",
                    "--schema-mapping",
                    "WorkflowContext=com.example.Context"
                },
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();

        SortedMap<String, String> sources = GoldenFiles.read(output);
        assertThat(sources).doesNotContainKey("io/specpoet/northflank/model/WorkflowContext.java");
        assertThat(sources.get("io/specpoet/northflank/model/WorkflowSpec.java"))
                .contains("import com.example.Context;");
        sources.put("com/example/Context.java", USER_CONTEXT);
        ClassLoader classes = JavaCompilation.compile(sources, work.resolve("compiled"));

        Class<?> responseType = classes.loadClass("io.specpoet.northflank.model.ReleaseFlowRunResponse");
        String example =
                Files.readString(SPEC_DIR.resolve("examples/get-release-flow-run.200.json"), StandardCharsets.UTF_8);
        Object run = call(MAPPER.readValue(example, responseType), "data");
        assertThat(call(run, "createdAt")).isEqualTo(Instant.parse("2021-01-01T12:00:00Z"));
        assertThat(call(run, "concludedAt")).isEqualTo(Instant.parse("2021-01-01T12:10:00Z"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(run))
                        .get("createdAt")
                        .asText())
                .isEqualTo("2021-01-01T12:00:00Z");

        Class<?> workflowSpec = classes.loadClass("io.specpoet.northflank.model.WorkflowSpec");
        Object spec =
                MAPPER.readValue("{\"type\":\"sequential\",\"context\":{\"projectId\":\"p1\",\"x\":1}}", workflowSpec);
        Object context = call(spec, "context");
        assertThat(context.getClass().getName()).isEqualTo("com.example.Context");
        assertThat(call(context, "projectId")).isEqualTo("p1");
    }

    private static Object call(Object target, String accessor) throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(accessor);
        return method.invoke(target);
    }
}
