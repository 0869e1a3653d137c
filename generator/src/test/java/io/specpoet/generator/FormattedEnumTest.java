package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.testing.JavaCompilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enums of formatted strings, whose values Swagger Parser turns into Java objects: a uuid's stays
 * checkable as its text; a date's or date-time's is no longer the spec's text, so it is not
 * checked rather than checked wrongly.
 */
class FormattedEnumTest {

    @TempDir
    Path work;

    @Test
    void uuidEnumsAreCheckedAndTimeEnumsAreLeftAlone() throws Exception {
        Path spec = work.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Holder:
                      type: object
                      properties:
                        when: {type: string, format: date-time, enum: ['2020-01-01T00:00:00Z']}
                        day: {type: string, format: date, enum: ['2020-01-01']}
                        id: {type: string, format: uuid, enum: ['123e4567-e89b-12d3-a456-426614174000']}
                """, StandardCharsets.UTF_8);
        Map<String, String> files = new GeneratorRun(spec, null, "com.example.t", null, false).generate();
        String holder = files.get("com/example/t/model/Holder.java");
        assertThat(holder)
                .contains("@AllowedValues(\"\\\"123e4567-e89b-12d3-a456-426614174000\\\"\") @Nullable UUID id")
                .contains(
                        "@JsonProperty(\"when\") @JsonSerialize(using = Rfc3339DateTimeSerializer.class) @Nullable OffsetDateTime when")
                .contains(
                        "@JsonProperty(\"day\") @JsonSerialize(using = Rfc3339DateSerializer.class) @Nullable LocalDate day");
        JavaCompilation.compile(files, work.resolve("compiled"));
    }
}
