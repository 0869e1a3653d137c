package io.specpoet.generator.model;

import java.util.List;

/**
 * The client class: its name, defaults and the API classes it hands out.
 *
 * @param defaultBaseUri the spec's first server, or null when it names none
 * @param sdkName the name the client gives in its User-Agent
 * @param sdkVersion the spec's {@code info.version}
 */
public record ClientModel(
        String javaName, String title, String defaultBaseUri, String sdkName, String sdkVersion, List<ApiGroup> apis) {}
