package io.specpoet.runtime.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Makes a mapper bind a JSON scalar only to a Java type of the same JSON kind, as JSON Schema's
 * {@code type} does, instead of Jackson's default coercions, which silently change data:
 *
 * <ul>
 *   <li>{@code integer} types ({@code Integer}, {@code Long}, {@code BigInteger}) take a number
 *       written without fraction or exponent; {@code 2.5}, {@code 2.0}, {@code 1e3}, {@code "5"}
 *       and {@code true} fail (Jackson would read {@code 2.5} as 2 and {@code "5"} as 5). {@code
 *       2.0} follows OpenAPI 3.0's JSON Schema (draft Wright-00: "a JSON number without a fraction
 *       or exponent part"), not 3.1's, where it is an integer: a Java integer type could not write
 *       it back as it was read.
 *   <li>{@code number} types ({@code Float}, {@code Double}, {@code BigDecimal}) take any number;
 *       {@code "2.5"} and {@code true} fail.
 *   <li>{@code String} takes only a JSON string; {@code 2}, {@code 2.5} and {@code true} fail
 *       (Jackson would read them as {@code "2"}, {@code "2.5"}, {@code "true"}).
 *   <li>{@code Boolean} takes only {@code true} and {@code false}; {@code 1} and {@code "true"}
 *       fail.
 *   <li>Java enums take only strings ({@code 0} would be the first constant).
 * </ul>
 *
 * <p>Records, lists, maps, {@link Nullable} and the generated enum and union types bind their
 * parts through these same rules. A value of the wrong kind fails the read with a {@link
 * com.fasterxml.jackson.databind.exc.MismatchedInputException} whose path names it; inside a union,
 * a member that does not bind does not fit.
 *
 * <p>{@code io.specpoet.runtime.ClientConfig.defaultObjectMapper()} is configured this way; a mapper
 * given to a client is used as it is, so configure it with {@link #configure(ObjectMapper)} before
 * its first use.
 */
public final class ExactScalars {

    private ExactScalars() {}

    /**
     * Turns off the scalar coercions of {@code mapper}, in place. Call it before the mapper reads
     * anything: Jackson caches deserializers, and a mapper is not meant to be reconfigured while in
     * use.
     *
     * @param mapper the mapper to configure
     * @return {@code mapper}
     */
    public static <M extends ObjectMapper> M configure(M mapper) {
        // Jackson itself refuses booleans for numbers, fractions for booleans and "" for enums.
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            refuse(mapper, type, CoercionInputShape.String, CoercionInputShape.EmptyString);
        }
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
