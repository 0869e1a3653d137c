package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.JavaCompilation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenAPI 3.1's forms of the keywords: numeric {@code exclusiveMinimum}/{@code exclusiveMaximum}
 * and {@code const}, through the generated model of the golden {@code keywords31} spec and
 * Hibernate Validator.
 */
class OpenApi31KeywordsTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @TempDir
    static Path work;

    static Class<?> bounded;
    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void generate() throws Exception {
        Path spec = GoldenFilesTest.GOLDEN.resolve("keywords31/openapi.yaml");
        ClassLoader loader = JavaCompilation.compile(
                new GeneratorRun(spec, null, "com.example.k31", null, false).generate(), work.resolve("compiled"));
        bounded = Class.forName("com.example.k31.model.Bounded", true, loader);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"above\":0.0001,\"below\":9,\"version\":2,\"kind\":\"bounded\"} | ",
                "{\"version\":2.0}                                                 | ",
                "{\"above\":0}                                                     | above: must be greater than 0",
                "{\"above\":-1}                                                    | above: must be greater than 0",
                "{\"below\":10}                                                    | below: must be less than or equal to 9",
                "{\"version\":3}                                                   | version: must be one of [2]",
                "{\"version\":\"2\"}                                               | version: must be one of [2]",
                "{\"kind\":\"other\"}                                              | kind: must be one of [\"bounded\"]",
            })
    void exclusiveBoundsAreNumbersAndConstIsOneValue(String json, String violation) throws Exception {
        List<String> violations = validator.validate(MAPPER.readValue(json, bounded)).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .toList();
        assertThat(violations).isEqualTo(violation == null ? List.of() : List.of(violation));
    }
}
