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
 * An enum value the spec lists: the annotated {@link OpenEnum} must be {@linkplain
 * OpenEnum#isKnown() known}. {@code null} is valid.
 *
 * <p>Generated enum classes keep a value the spec does not list (it reads, and is written back
 * unchanged); this constraint is what reports it.
 */
@Documented
@Constraint(validatedBy = {KnownValueValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownValue {

    /** The default message, a literal template that needs no resource bundle. */
    String DEFAULT_MESSAGE = "must be one of the values the spec lists";

    /** @return the message template used when the constraint is violated */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};
}
