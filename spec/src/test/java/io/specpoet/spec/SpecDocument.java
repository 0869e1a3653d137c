package io.specpoet.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the spec module keeps the document and its examples, and the document as a plain YAML tree.
 *
 * <p>Tests read the tree rather than Swagger Parser's model where they must see exactly what was
 * written (patterns, descriptions, vendor extensions), untouched by the parser's normalisation.
 */
final class SpecDocument {

    static final String FILE_NAME = "northflank-release-flows.yaml";

    static final ObjectMapper JSON = new ObjectMapper();

    private static final YAMLMapper YAML = new YAMLMapper();

    private SpecDocument() {}

    /** The spec module's base directory: Surefire passes it, an IDE run falls back to the working directory. */
    static Path moduleDir() {
        String dir = System.getProperty("specpoet.spec.dir");
        Path base = dir != null ? Paths.get(dir) : Paths.get("").toAbsolutePath();
        if (!Files.exists(base.resolve(FILE_NAME))
                && Files.exists(base.resolve("spec").resolve(FILE_NAME))) {
            base = base.resolve("spec");
        }
        return base;
    }

    static Path yamlFile() {
        return moduleDir().resolve(FILE_NAME);
    }

    static String yamlText() {
        try {
            return Files.readString(yamlFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree() {
        try {
            return YAML.readTree(yamlFile().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows local {@code $ref}s ({@code #/...}) until it reaches a node that is not a reference. */
    static JsonNode deref(JsonNode root, JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are expected, found " + ref);
            }
            node = root.at(ref.substring(1));
            if (node.isMissingNode()) {
                throw new IllegalStateException("dangling reference " + ref);
            }
            if (++hops > 32) {
                throw new IllegalStateException("reference cycle at " + ref);
            }
        }
        return node;
    }
}
