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
 * JSON Schema's {@code multipleOf}: the annotated number divided by {@link #value()} must be an
 * integer. {@code null} is valid.
 *
 * <p>The division is exact decimal arithmetic, never binary floating point: 0.0075 is a multiple
 * of 0.0001, and 35 is not a multiple of 1.5. A {@code double} or {@code float} is taken as the
 * shortest decimal that reads back as it ({@link Double#toString}), which is the JSON text it was
 * read from. NaN and the infinities are multiples of nothing.
 */
@Documented
@Constraint(validatedBy = {MultipleOfValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface MultipleOf {

    /** The default message, a literal template that needs no resource bundle. */
    String DEFAULT_MESSAGE = "must be a multiple of {value}";

    /** @return the message template used when the constraint is violated */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};

    /** @return the divisor, a positive decimal number such as {@code "0.01"} */
    String value();
}
