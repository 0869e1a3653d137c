package io.specpoet.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;

/** The kinds of JSON value a union variant accepts, as JSON Schema's {@code type} names them. */
public enum JsonKind {
  OBJECT,
  ARRAY,
  STRING,
  /** A number without a fractional part: JSON Schema counts {@code 1.0} as an integer too. */
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
        return node.isIntegralNumber()
            || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
      case NUMBER:
        return node.isNumber();
      case BOOLEAN:
        return node.isBoolean();
      default:
        throw new AssertionError(this);
    }
  }
}
