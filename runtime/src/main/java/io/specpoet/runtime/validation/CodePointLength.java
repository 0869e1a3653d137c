package io.specpoet.runtime.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence must be between {@link #min()} and {@link #max()} (inclusive)
 * Unicode code points long. {@code null} is valid.
 *
 * <p>This is what JSON Schema's {@code minLength}/{@code maxLength} mean, and why specpoet does
 * not use {@link jakarta.validation.constraints.Size @Size} for them: {@code @Size} counts UTF-16
 * {@code char}s, so "😀" (U+1F600, a surrogate pair) has size 2 but JSON Schema length 1.
 *
 * <p>Counting follows {@link String#codePointCount(int, int)}: a surrogate pair is one code
 * point, an unpaired surrogate is also one, and a combining mark is a code point of its own (so
 * "e" + U+0301 is 2, although it renders as one grapheme) &mdash; the same as JSON Schema.
 *
 * <p>The default message is a literal template, not a {@code {key}}: it needs no resource bundle,
 * so it works with any Bean Validation provider and in shaded jars, where several libraries'
 * {@code ContributorValidationMessages.properties} would overwrite each other. Its {@code {min}}
 * and {@code {max}} are still interpolated, and a use site may pass its own {@code message}.
 */
@Documented
@Constraint(validatedBy = CodePointLengthValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CodePointLength.List.class)
public @interface CodePointLength {

    /** The default message; {@code {min}} and {@code {max}} are replaced by the attributes. */
    String DEFAULT_MESSAGE = "length must be between {min} and {max} code points";

    /** @return the message template used when the constraint is violated */
    String message() default DEFAULT_MESSAGE;

    /** @return the validation groups the constraint belongs to */
    Class<?>[] groups() default {};

    /** @return the payload associated with the constraint */
    Class<? extends Payload>[] payload() default {};

    /** @return the least number of code points allowed; must not be negative */
    int min() default 0;

    /** @return the greatest number of code points allowed; must be at least {@link #min()} */
    int max() default Integer.MAX_VALUE;

    /** Holds several {@link CodePointLength} constraints on the same element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /** @return the repeated constraints */
        CodePointLength[] value();
    }
}
