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
 * JSON Schema's {@code required} for names the schema does not declare as properties: each name
 * in {@link #value()} must be present in the annotated object when written as JSON (for a
 * generated record: among its additional properties). {@code null} is valid.
 *
 * <p>Declared properties that are required get {@code @NotNull} instead. A name may be anything
 * JSON allows, such as {@code toString}, or a name with a line break or a quote.
 */
@Documented
@Constraint(validatedBy = {RequiredPropertiesValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface RequiredProperties {

    /** The default message, a literal template that needs no resource bundle. */
    String DEFAULT_MESSAGE = "required property is missing";

    /** @return the message template used when the constraint is violated */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};

    /** @return the names that must be present */
    String[] value();
}
