package io.specpoet.generator.model;

/** The JSON values a property can hold besides generated types, with their Java meaning. */
public enum ScalarKind {
    STRING,
    BOOLEAN,
    /** {@code integer} with format int32. */
    INT32,
    /** {@code integer} with format int64, or without a format and with bounds that fit a long. */
    INT64,
    /** {@code integer} without a format whose bounds do not fit a long. */
    BIG_INTEGER,
    FLOAT,
    DOUBLE,
    /** {@code number} without a format: exact decimal. */
    DECIMAL,
    DATE_TIME,
    DATE,
    UUID,
    URI,
    /** {@code format: byte}: base64 text. */
    BYTES,
    /** {@code format: binary}. */
    BINARY,
    /** Any JSON value: a schema that constrains nothing, or a shape not modelled as a type. */
    ANY_JSON
}
