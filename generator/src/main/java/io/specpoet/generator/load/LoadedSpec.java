package io.specpoet.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.LocationIndex;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * A spec read by Swagger Parser, with the positions of its main file's nodes.
 *
 * @param document the self-contained document Swagger Parser read (a spec split over files,
 *     bundled into one): the JSON pointers of the model point into it
 * @param warnings what Swagger Parser noted that does not stop generation
 * @param files the spec file and every file it references through relative {@code $ref}s,
 *     absolute and normalized: everything generation reads but remote documents
 * @param remoteReferences whether the spec refers to http(s) URLs
 */
public record LoadedSpec(
        Path file,
        OpenAPI openApi,
        JsonNode document,
        LocationIndex locations,
        List<Diagnostic> warnings,
        SortedSet<Path> files,
        boolean remoteReferences) {}
