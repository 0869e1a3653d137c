package io.specpoet.generator.model;

/**
 * A parameter of an operation method: a path, query, header or cookie parameter, or the request
 * body.
 *
 * @param location {@code path}, {@code query}, {@code header}, {@code cookie} or {@code body}
 * @param style how a query parameter's arrays and objects are written; {@link
 *     ParameterStyle#FORM} for every other location
 * @param explode whether a query parameter's arrays and objects are exploded
 */
public record ParameterModel(
        String wireName,
        String javaName,
        String location,
        TypeUse type,
        boolean required,
        String description,
        boolean deprecated,
        ParameterStyle style,
        boolean explode) {

    /** OpenAPI's {@code style} values for query parameters. */
    public enum ParameterStyle {
        FORM,
        SPACE_DELIMITED,
        PIPE_DELIMITED,
        DEEP_OBJECT
    }
}
