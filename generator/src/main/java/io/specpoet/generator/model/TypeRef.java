package io.specpoet.generator.model;

/** How a property or element refers to its type. */
public sealed interface TypeRef {

    record Scalar(ScalarKind kind) implements TypeRef {}

    /** A generated type of the model, by its Java simple name. */
    record Declared(String javaName) implements TypeRef {}

    /**
     * A class of the user's, named by a type mapping (for a {@code format}) or a schema mapping
     * (for a component schema); nothing is generated for it.
     *
     * @param className the fully qualified class name
     * @param replacedKind for a type mapping: the scalar the class stands in for, which decides
     *     how its JSON is read and written; null for a schema mapping
     */
    record External(String className, ScalarKind replacedKind) implements TypeRef {}

    record ListOf(TypeUse element) implements TypeRef {}

    /** A JSON object used as a map from string keys to values. */
    record MapOf(TypeUse value) implements TypeRef {}
}
