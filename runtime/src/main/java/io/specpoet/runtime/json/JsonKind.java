package io.specpoet.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;

/** The kinds of JSON value a union variant accepts, as JSON Schema's {@code type} names them. */
public enum JsonKind {
    OBJECT,
    ARRAY,
    STRING,
    /**
     * A number written without a fraction or exponent. JSON Schema counts {@code 1.0} as an integer
     * too; it is not one here, so that a value held as a Java integer type is written back as it
     * was read.
     */
    INTEGER,
    /** Any number, integers included. */
    NUMBER,
    BOOLEAN;

    /** Whether {@code node} is of this kind. */
    boolean accepts(JsonNode node) {
        switch (this) {
            case OBJECT:
                return node.isObject();
            case ARRAY:
                return node.isArray();
            case STRING:
                return node.isTextual();
            case INTEGER:
                return node.isIntegralNumber();
            case NUMBER:
                return node.isNumber();
            case BOOLEAN:
                return node.isBoolean();
            default:
                throw new AssertionError(this);
        }
    }
}
