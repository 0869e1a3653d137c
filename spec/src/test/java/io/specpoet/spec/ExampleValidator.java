package io.specpoet.spec;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Validates JSON instances against a schema of the spec with networknt's OpenAPI 3.0 dialect, so
 * that {@code discriminator}, {@code nullable} and the other OpenAPI keywords are understood.
 *
 * <p>The document is served from memory under a made-up IRI and remote fetching is off: nothing
 * is read from the network. The OpenAPI 3.0 dialect is compiled into the jar (it is defined in
 * code, not loaded from a meta-schema document), and the document carries no {@code $schema}, so
 * no meta-schema is ever looked up.
 */
final class ExampleValidator {

    /** A violation: where in the instance (a JSON pointer) and which schema keyword failed. */
    record Violation(String pointer, String keyword) {
        @Override
        public String toString() {
            return pointer + " " + keyword;
        }
    }

    private static final String DOCUMENT_IRI = "https://specpoet.invalid/" + SpecDocument.FILE_NAME;

    private final Schema schema;

    ExampleValidator(String componentSchemaName) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                Dialects.getOpenApi30(),
                builder -> builder.schemaRegistryConfig(
                                // OpenAPI's date-time must be asserted, not merely annotated.
                                SchemaRegistryConfig.builder()
                                        .formatAssertionsEnabled(true)
                                        .build())
                        .schemas(Map.of(DOCUMENT_IRI, SpecDocument.yamlText()))
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)
                                .block(iri -> !iri.toString().equals(DOCUMENT_IRI))));
        this.schema =
                registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#/components/schemas/" + componentSchemaName));
        this.schema.initializeValidators();
    }

    List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    List<Violation> violations(String json) {
        return errors(json).stream()
                .map(e -> new Violation(pointer(e.getInstanceLocation()), e.getKeyword()))
                .distinct()
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::keyword))
                .collect(Collectors.toList());
    }

    /** The instance location as an RFC 6901 JSON pointer, whatever path style the library prints. */
    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            String token = Objects.toString(element).replace("~", "~0").replace("/", "~1");
            pointer.append('/').append(token);
        }
        return pointer.toString();
    }
}
