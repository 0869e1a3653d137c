package io.specpoet.generator.model;

/** How a property or element refers to its type. */
public sealed interface TypeRef {

    record Scalar(ScalarKind kind) implements TypeRef {}

    /** A generated type of the model, by its Java simple name. */
    record Declared(String javaName) implements TypeRef {}

    record ListOf(TypeUse element) implements TypeRef {}

    /** A JSON object used as a map from string keys to values. */
    record MapOf(TypeUse value) implements TypeRef {}
}
