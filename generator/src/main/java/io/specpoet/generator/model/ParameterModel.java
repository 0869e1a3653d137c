package io.specpoet.generator.model;

/**
 * A parameter of an operation method: a path, query or header parameter, or the request body.
 *
 * @param location {@code path}, {@code query}, {@code header} or {@code body}
 */
public record ParameterModel(
        String wireName,
        String javaName,
        String location,
        TypeUse type,
        boolean required,
        String description,
        boolean deprecated) {}
