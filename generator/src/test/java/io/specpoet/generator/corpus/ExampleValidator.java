package io.specpoet.generator.corpus;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
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

    private final SchemaRegistry registry;

    /**
     * @param documentJson the bundled spec as JSON text
     * @param openApiVersion the spec's {@code openapi} field: 3.0 and 3.1 schemas are different dialects
     */
    public ExampleValidator(String documentJson, String openApiVersion) {
        Dialect dialect = openApiVersion.startsWith("3.0") ? Dialects.getOpenApi30() : Dialects.getOpenApi31();
        this.registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder()
                        // OpenAPI's formats (date-time, uuid, …) are part of what a value must be.
                        .formatAssertionsEnabled(true)
                        .locale(Locale.ROOT)
                        .build())
                .schemas(Map.of(DOCUMENT_IRI, documentJson))
                .schemaLoader(loader -> loader.fetchRemoteResources(false)
                        .block(iri -> !iri.toString().equals(DOCUMENT_IRI))));
    }

    /**
     * The validator's first reason (by instance location, then message) why {@code exampleJson}
     * breaks the schema at {@code schemaPointer}, or null when it conforms.
     */
    public String firstViolation(String schemaPointer, String exampleJson) {
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + schemaPointer));
        List<Error> errors = schema.validate(exampleJson, InputFormat.JSON);
        return errors.stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
