package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.generator.testing.JavaCompilation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nullable properties keep their three states, absent, null and a value, through a round trip. */
class NullablePropertiesTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @TempDir
    static Path work;

    static Class<?> account;

    @BeforeAll
    static void generate() throws IOException, ClassNotFoundException {
        Path spec = work.resolve("nullable.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Nullable, version: '1'}
                paths: {}
                components:
                  schemas:
                    Account:
                      type: object
                      required: [owner]
                      properties:
                        owner:
                          type: string
                          nullable: true
                        nickname:
                          type: string
                          nullable: true
                          pattern: '^[a-z]+$'
                        closedAt:
                          type: string
                          format: date-time
                          nullable: true
                        parent:
                          $ref: '#/components/schemas/Parent'
                    Parent:
                      type: object
                      nullable: true
                      required: [id]
                      properties:
                        id: {type: string}
                """, StandardCharsets.UTF_8);
        ClassLoader loader = JavaCompilation.compile(
                new GeneratorRun(spec, null, "com.example.nullable", null, false).generate(), work.resolve("compiled"));
        account = Class.forName("com.example.nullable.model.Account", true, loader);
    }

    String roundTrip(String json) throws IOException {
        return MAPPER.writeValueAsString(MAPPER.readValue(json, account));
    }

    @Test
    void anExplicitNullIsWrittenBackAsNull() throws IOException {
        assertThat(roundTrip("{\"owner\":null,\"nickname\":null,\"closedAt\":null,\"parent\":null}"))
                .isEqualTo("{\"owner\":null,\"nickname\":null,\"closedAt\":null,\"parent\":null}");
    }

    @Test
    void anAbsentPropertyStaysAbsent() throws IOException {
        assertThat(roundTrip("{\"owner\":\"ann\"}")).isEqualTo("{\"owner\":\"ann\"}");
    }

    @Test
    void valuesAreReadThroughTheirCodecs() throws IOException {
        assertThat(roundTrip("{\"owner\":\"ann\",\"closedAt\":\"2021-01-01 12:00:00.000Z\",\"parent\":{\"id\":\"p\"}}"))
                .isEqualTo("{\"owner\":\"ann\",\"closedAt\":\"2021-01-01T12:00:00Z\",\"parent\":{\"id\":\"p\"}}");
    }

    @Test
    void requiredMeansPresentAndConstraintsApplyToValues() throws IOException {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(validator.validate(MAPPER.readValue("{\"owner\":null}", account)))
                    .isEmpty();
            assertThat(validator.validate(MAPPER.readValue("{\"nickname\":\"BAD\",\"parent\":{}}", account)).stream()
                            .map(v -> v.getPropertyPath().toString())
                            .sorted()
                            .collect(Collectors.toList()))
                    .containsExactly("nickname", "owner", "parent.id");
        }
    }
}
