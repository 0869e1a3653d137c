package io.specpoet.runtime.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * JSON Schema's {@code uniqueItems}: no two elements of the annotated collection or array may be
 * equal as JSON. {@code null} is valid.
 *
 * <p>JSON equality is not {@link Object#equals}: numbers are equal by value ({@code 1} equals
 * {@code 1.0}), objects are equal whatever the order of their keys, and records, value classes,
 * maps and {@code JsonNode}s are compared by the JSON they are written as.
 */
@Documented
@Constraint(validatedBy = {UniqueItemsValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface UniqueItems {

    /** The default message, a literal template that needs no resource bundle. */
    String DEFAULT_MESSAGE = "must not contain equal items (items {first} and {second} are equal)";

    /** @return the message template used when the constraint is violated */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};
}
