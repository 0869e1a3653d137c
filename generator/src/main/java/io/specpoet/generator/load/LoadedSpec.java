package io.specpoet.generator.load;

import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.LocationIndex;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * A spec read by Swagger Parser, with the positions of its main file's nodes.
 *
 * @param warnings what Swagger Parser noted that does not stop generation
 * @param files the spec file and every file it references through relative {@code $ref}s,
 *     absolute and normalized: everything generation reads but remote documents
 * @param remoteReferences whether the spec refers to http(s) URLs
 */
public record LoadedSpec(
        Path file,
        OpenAPI openApi,
        LocationIndex locations,
        List<Diagnostic> warnings,
        SortedSet<Path> files,
        boolean remoteReferences) {}
