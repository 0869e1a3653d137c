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
 * JSON Schema's {@code enum} (and {@code const}, an enum of one value) for values that have no
 * enum class of their own, such as numbers, booleans or mixed lists: the annotated value, written
 * as JSON, must equal one of {@link #value()} as JSON ({@code 1} equals {@code 1.0}; objects equal
 * whatever their key order). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {AllowedValuesValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface AllowedValues {

    /** The default message, a literal template that needs no resource bundle. */
    String DEFAULT_MESSAGE = "must be one of {value}";

    /** @return the message template used when the constraint is violated */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};

    /** @return the allowed values, each as JSON text, such as <code>1</code> or <code>"a"</code> */
    String[] value();
}
