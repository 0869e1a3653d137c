package io.specpoet.generator.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.specpoet.generator.corpus.ExampleCollector.Example;
import io.specpoet.runtime.json.ExactScalars;
import io.specpoet.runtime.json.Rfc3339DateDeserializer;
import io.specpoet.runtime.json.Rfc3339DateSerializer;
import io.specpoet.runtime.json.Rfc3339DateTimeDeserializer;
import io.specpoet.runtime.json.Rfc3339DateTimeSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Checks one example: it must conform to its schema, then read into its generated type and
 * write back as the same JSON ({@link JsonEquivalence}). An example that breaks its schema is
 * only reported, with the validator's reason. A valid one that does not read is reported with
 * the JSON path where reading stopped and Jackson's reason.
 */
public final class ExampleRoundTrip {

    /** What happened to an example; {@code detail} says why for anything but {@link Verdict#ROUND_TRIPPED}. */
    public record Outcome(Example example, Verdict verdict, String detail) {}

    public enum Verdict {
        ROUND_TRIPPED,
        /** The example breaks its own schema. */
        INVALID,
        /** A valid example the generated type cannot read. */
        UNREADABLE,
        /** A valid example read, but written back as other JSON. */
        CHANGED
    }

    /**
     * The mapper a user would start from, binding scalars exactly as the runtime's default mapper
     * does ({@link ExactScalars}). Generated records read and write their date-times with the
     * runtime's RFC 3339 codecs; a date-time that is a whole parameter or body is registered with
     * the same codecs, since no jsr310 module is on the classpath (nor needed by clients).
     */
    private static final ObjectMapper MAPPER = ExactScalars.configure(new ObjectMapper()
            .findAndRegisterModules()
            .registerModule(new SimpleModule("rfc3339")
                    .addSerializer(OffsetDateTime.class, new Rfc3339DateTimeSerializer())
                    .addDeserializer(OffsetDateTime.class, new Rfc3339DateTimeDeserializer())
                    .addSerializer(LocalDate.class, new Rfc3339DateSerializer())
                    .addDeserializer(LocalDate.class, new Rfc3339DateDeserializer())));

    private final ExampleValidator validator;
    private final JavaTypeResolver types;

    public ExampleRoundTrip(ExampleValidator validator, JavaTypeResolver types) {
        this.validator = validator;
        this.types = types;
    }

    public Outcome check(Example example) {
        String violation = validator.firstViolation(
                example.schemaPointer(), example.value().toString());
        if (violation != null) {
            return new Outcome(example, Verdict.INVALID, violation);
        }
        JavaType type;
        Object value;
        try {
            type = types.javaType(example.type());
            value = MAPPER.readerFor(type).readValue(example.value());
        } catch (ClassNotFoundException e) {
            return new Outcome(example, Verdict.UNREADABLE, "no generated class " + e.getMessage());
        } catch (JsonMappingException e) {
            return new Outcome(example, Verdict.UNREADABLE, unreadable(e));
        } catch (IOException | RuntimeException e) {
            return new Outcome(
                    example, Verdict.UNREADABLE, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
        JsonNode written;
        try {
            // Written as the runtime writes request bodies: by the value's own class. A writer for a
            // union's sealed interface would see no properties and write {}.
            written = MAPPER.readTree(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return new Outcome(example, Verdict.CHANGED, "cannot be written: " + firstLine(e.getOriginalMessage()));
        }
        String difference = JsonEquivalence.difference(example.value(), written);
        return difference == null
                ? new Outcome(example, Verdict.ROUND_TRIPPED, null)
                : new Outcome(example, Verdict.CHANGED, difference);
    }

    /** Why a valid example does not read: where reading stopped, and Jackson's reason. */
    private static String unreadable(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return "at " + (path.isEmpty() ? "/" : path) + ": " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
