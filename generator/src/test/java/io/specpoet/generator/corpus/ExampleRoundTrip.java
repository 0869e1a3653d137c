package io.specpoet.generator.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.specpoet.generator.corpus.ExampleCollector.Example;
import io.specpoet.generator.corpus.SpecDocument.Located;
import io.specpoet.runtime.json.Rfc3339DateDeserializer;
import io.specpoet.runtime.json.Rfc3339DateSerializer;
import io.specpoet.runtime.json.Rfc3339DateTimeDeserializer;
import io.specpoet.runtime.json.Rfc3339DateTimeSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one example: it must conform to its schema, then read into its generated type and
 * write back as the same JSON ({@link JsonEquivalence}). An example that breaks its schema is
 * only reported, with the validator's reason. A valid one that does not read is classified: the
 * two typing gaps issue 14 names are recognised from the schema where reading failed.
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

    static final String ALLOF_ENUM_GAP = "known gap: allOf of one $ref to an enum is typed as a record";
    static final String ALLOF_OTHER_GAP = "known gap: allOf of one $ref to a schema that is no object is typed as a record";
    static final String ALLOF_ANY_GAP = "known gap: allOf of parts that only annotate is typed as a record";
    static final String STRING_MAP_GAP = "known gap: type string with additionalProperties is typed as a Map";

    /**
     * The mapper a user would start from. Generated records read and write their date-times with
     * the runtime's RFC 3339 codecs; a date-time that is a whole parameter or body is registered
     * with the same codecs, since no jsr310 module is on the classpath (nor needed by clients).
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .registerModule(new SimpleModule("rfc3339")
                    .addSerializer(OffsetDateTime.class, new Rfc3339DateTimeSerializer())
                    .addDeserializer(OffsetDateTime.class, new Rfc3339DateTimeDeserializer())
                    .addSerializer(LocalDate.class, new Rfc3339DateSerializer())
                    .addDeserializer(LocalDate.class, new Rfc3339DateDeserializer()));

    private final SpecDocument document;
    private final ExampleValidator validator;
    private final JavaTypeResolver types;

    public ExampleRoundTrip(SpecDocument document, ExampleValidator validator, JavaTypeResolver types) {
        this.document = document;
        this.validator = validator;
        this.types = types;
    }

    public Outcome check(Example example) {
        String violation = validator.firstViolation(example.schemaPointer(), example.value().toString());
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
            return new Outcome(example, Verdict.UNREADABLE, unreadable(example, e));
        } catch (IOException | RuntimeException e) {
            return new Outcome(example, Verdict.UNREADABLE, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
        JsonNode written;
        try {
            written = MAPPER.readTree(MAPPER.writerFor(type).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return new Outcome(example, Verdict.CHANGED, "cannot be written: " + firstLine(e.getOriginalMessage()));
        }
        String difference = JsonEquivalence.difference(example.value(), written);
        return difference == null
                ? new Outcome(example, Verdict.ROUND_TRIPPED, null)
                : new Outcome(example, Verdict.CHANGED, difference);
    }

    /** Why a valid example does not read: a known gap when the schema where it failed is one. */
    private String unreadable(Example example, JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        Located schema = document.at(example.schemaPointer());
        for (JsonMappingException.Reference reference : e.getPath()) {
            Located resolved = document.resolve(schema);
            if (reference.getFieldName() != null) {
                path.append('/').append(reference.getFieldName());
                Located property = document.propertySchema(resolved, reference.getFieldName());
                schema = property.node().isMissingNode() ? resolved.child("additionalProperties") : property;
            } else {
                path.append('/').append(reference.getIndex());
                schema = resolved.child("items");
            }
        }
        String gap = knownGap(schema);
        return gap != null ? gap + " (at " + schema.pointer() + ")"
                : "at " + (path.isEmpty() ? "/" : path) + ": " + firstLine(e.getOriginalMessage());
    }

    /**
     * The typing gap of issue 14 a schema falls into, if any: an allOf of one member or none
     * (besides parts that only annotate) that is no object becomes a record; keywords that do not apply to
     * the declared type ({@code additionalProperties}, {@code items}) decide it instead.
     */
    private String knownGap(Located schema) {
        JsonNode node = document.resolve(schema).node();
        List<JsonNode> members = new ArrayList<>();
        node.path("allOf").forEach(part -> {
            if (!SpecDocument.annotatesOnly(part)) {
                members.add(part);
            }
        });
        if (members.isEmpty() && node.path("allOf").size() > 0) {
            return ALLOF_ANY_GAP;
        }
        if (members.size() == 1) {
            JsonNode member = document.resolve(new Located(members.get(0), "")).node();
            if (member.has("enum")) {
                return ALLOF_ENUM_GAP;
            }
            if (!member.has("properties") && !member.has("allOf") && !member.path("type").asText().equals("object")) {
                return ALLOF_OTHER_GAP;
            }
        }
        String type = node.path("type").asText();
        if (!type.isEmpty() && !type.equals("object") && node.has("additionalProperties")) {
            return "known gap: type " + type + " with additionalProperties is typed as a Map";
        }
        if (!type.isEmpty() && !type.equals("array") && node.has("items")) {
            return "known gap: type " + type + " with items is typed as a List";
        }
        return null;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
