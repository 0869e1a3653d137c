package io.specpoet.generator.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an example against the schema it belongs to, with networknt's OpenAPI dialect of the
 * spec's version (so that {@code nullable}, {@code discriminator} and the other OpenAPI keywords
 * count), the way the spec module checks the Northflank examples. An example that breaks its own
 * schema cannot be expected to read into the type generated from that schema.
 *
 * <p>The document is served from memory under a made-up IRI with remote fetching off: nothing is
 * read from the network. Messages are in the root locale, so the listed reasons are the same on
 * every machine.
 */
public final class ExampleValidator {

    private static final String DOCUMENT_IRI = "https://specpoet.invalid/spec.json";

    /** The whole document, loaded once: each example's schema is found in it by pointer. */
    private final Schema document;

    /** The same document as Jackson 2 tree, to tell array indexes from member names in a pointer. */
    private final JsonNode tree;

    /**
     * @param tree the bundled spec
     * @param documentJson the same as JSON text
     */
    public ExampleValidator(JsonNode tree, String documentJson) {
        this.tree = tree;
        String openApiVersion = tree.path("openapi").asText();
        Dialect dialect = openApiVersion.startsWith("3.0") ? Dialects.getOpenApi30() : Dialects.getOpenApi31();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                dialect,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                // OpenAPI's formats (date-time, uuid, …) are part of what a value must be.
                                .formatAssertionsEnabled(true)
                                .locale(Locale.ROOT)
                                .build())
                        .schemas(Map.of(DOCUMENT_IRI, documentJson))
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)
                                .block(iri -> !iri.toString().equals(DOCUMENT_IRI))));
        // Loading by IRI#pointer would parse the document again for every example.
        this.document = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI));
    }

    /** A pointer as networknt's path: array elements by index, object members by name. */
    private NodePath nodePath(String pointer) {
        NodePath path = new NodePath(PathType.JSON_POINTER);
        JsonNode node = tree;
        for (String escaped : pointer.substring(1).split("/", -1)) {
            String token = escaped.replace("~1", "/").replace("~0", "~");
            if (node.isArray()) {
                path = path.append(Integer.parseInt(token));
                node = node.path(Integer.parseInt(token));
            } else {
                path = path.append(token);
                node = node.path(token);
            }
        }
        return path;
    }

    /**
     * The validator's first reason (by instance location, then message) why {@code exampleJson}
     * breaks the schema at {@code schemaPointer}, or null when it conforms.
     */
    public String firstViolation(String schemaPointer, String exampleJson) {
        Schema schema = document.getRefSchema(nodePath(schemaPointer));
        List<Error> errors = schema.validate(exampleJson, InputFormat.JSON);
        return errors.stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
