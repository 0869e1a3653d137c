package io.specpoet.generator.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the translation to the verdicts of a real ECMAScript engine: each vector in {@code
 * pattern-vectors/vectors.json} (written by {@code make-vectors.mjs} with node) is checked by
 * Hibernate Validator running {@code @Pattern} with the translated regex.
 */
class PatternVectorTest {

    private static final String VECTORS = "/pattern-vectors/vectors.json";

    private static final List<String> NORTHFLANK_PATTERNS = List.of(
            "^([A-Za-z0-9-]+\\/[A-Za-z0-9-]+)|([0-9a-f]{24})$",
            "^(https:\\/\\/)?((www(\\.[a-zA-Z0-9\\-]{2,})+\\.)?[a-zA-Z0-9\\-]{2,})"
                    + "(\\.([a-zA-Z0-9\\-]{2,}))+(\\/([a-zA-Z0-9\\-._]{2,}))+?$",
            "^[a-zA-Z/*0-9%\\-.#_!'();,&=+]*$",
            "^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$");

    /** One validator per pattern, each with the pattern as a programmatic {@code @Pattern}. */
    private static final Map<String, ValidatorFactory> FACTORIES = new HashMap<>();

    /** What the constraint sits on. */
    static final class Holder {
        String value;
    }

    /** One verdict of the ECMAScript engine; {@code mode} is "u" or "non-u" (see the script). */
    record Vector(String pattern, String mode, String input, boolean matches) {
        @Override
        public String toString() {
            return "/" + readable(pattern) + "/ on \"" + readable(input) + "\" " + (matches ? "matches" : "fails");
        }
    }

    static List<Vector> vectors() {
        try (InputStream in = PatternVectorTest.class.getResourceAsStream(VECTORS)) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Vector>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void closeValidators() {
        FACTORIES.values().forEach(ValidatorFactory::close);
    }

    @Test
    void vectorsAreManyAndCoverEveryNorthflankPattern() {
        List<Vector> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(150);
        List<String> patterns = vectors.stream().map(Vector::pattern).distinct().toList();
        assertThat(patterns).containsAll(NORTHFLANK_PATTERNS);
        for (String pattern : NORTHFLANK_PATTERNS) {
            // Several inputs each, accepted and rejected.
            assertThat(vectors.stream().filter(v -> v.pattern().equals(pattern)).map(Vector::matches))
                    .contains(true, false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void hibernateValidatorAgreesWithEcmaScript(Vector vector) {
        Validator validator = validatorFor(PatternTranslator.toJavaFullMatch(vector.pattern()));

        boolean valid =
                validator.validateValue(Holder.class, "value", vector.input()).isEmpty();

        assertThat(valid).as("valid per @Pattern").isEqualTo(vector.matches());
    }

    private static Validator validatorFor(String javaPattern) {
        return FACTORIES
                .computeIfAbsent(javaPattern, regexp -> {
                    HibernateValidatorConfiguration configuration =
                            Validation.byProvider(HibernateValidator.class).configure();
                    ConstraintMapping mapping = configuration.createConstraintMapping();
                    mapping.type(Holder.class).field("value").constraint(new PatternDef().regexp(regexp));
                    return configuration.addMapping(mapping).buildValidatorFactory();
                })
                .getValidator();
    }

    /** Escapes what would be invisible or ambiguous in a test name. */
    private static String readable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u{%X}", c));
            }
        });
        return out.toString();
    }
}
