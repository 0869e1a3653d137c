package io.specpoet.runtime.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the unknown variant of a union: a value that matched none of the union's variants, or
 * more than one of a {@code oneOf}. Reading keeps such a value as raw JSON rather than failing;
 * this constraint makes response validation report it ({@code LENIENT} lists it, {@code STRICT}
 * throws). Every instance of the annotated type is a violation.
 */
@Documented
@Constraint(validatedBy = UnknownVariantValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface UnknownVariant {

    /** The default message, a literal so it needs no resource bundle. */
    String DEFAULT_MESSAGE = "matches no variant of the union, or more than one variant of a oneOf";

    /** @return the message used for the violation */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};
}
