package io.specpoet.generator.load;

import io.specpoet.generator.diagnostics.LocationIndex;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;

/** A spec read by Swagger Parser, with the positions of its main file's nodes. */
public record LoadedSpec(Path file, OpenAPI openApi, LocationIndex locations) {}
