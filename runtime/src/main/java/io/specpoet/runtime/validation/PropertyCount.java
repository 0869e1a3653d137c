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
 * JSON Schema's {@code minProperties}/{@code maxProperties}: the annotated object must have
 * between {@link #min()} and {@link #max()} properties when written as JSON, counting both the
 * properties its schema names and the additional ones. {@code null} is valid.
 *
 * <p>It goes on a generated record (counting the properties present: a JSON {@code null} that is
 * kept counts, an absent property does not), on a {@code Map} or on a {@code JsonNode}.
 */
@Documented
@Constraint(validatedBy = {PropertyCountValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface PropertyCount {

    /** The default message, a literal template that needs no resource bundle. */
    String DEFAULT_MESSAGE = "must have between {min} and {max} properties";

    /** @return the message template used when the constraint is violated */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};

    /** @return the least number of properties */
    int min() default 0;

    /** @return the greatest number of properties */
    int max() default Integer.MAX_VALUE;
}
