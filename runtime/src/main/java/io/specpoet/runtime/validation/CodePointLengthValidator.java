package io.specpoet.runtime.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link CodePointLength}: counts Unicode code points the way {@link
 * String#codePointCount(int, int)} does and compares the count with the bounds.
 */
public final class CodePointLengthValidator implements ConstraintValidator<CodePointLength, CharSequence> {

    private int min;
    private int max;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public CodePointLengthValidator() {}

    /**
     * Reads and checks the bounds.
     *
     * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}, so a
     *     generator bug shows up at the first validation instead of as a constraint that can never
     *     (or always) hold
     */
    @Override
    public void initialize(CodePointLength constraint) {
        if (constraint.min() < 0) {
            throw new IllegalArgumentException(
                    "@CodePointLength min must not be negative, but was " + constraint.min());
        }
        if (constraint.max() < constraint.min()) {
            throw new IllegalArgumentException("@CodePointLength max must not be less than min, but min was "
                    + constraint.min()
                    + " and max was "
                    + constraint.max());
        }
        this.min = constraint.min();
        this.max = constraint.max();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            // As for the built-in constraints: absence is @NotNull's business.
            return true;
        }
        // Every char is at most one code point, so the cheap length() settles most cases without
        // scanning: too few chars means too few code points, and at most `max` chars cannot exceed it.
        int chars = value.length();
        if (chars < min) {
            return false;
        }
        if (chars <= max && min == 0) {
            return true;
        }
        int codePoints = Character.codePointCount(value, 0, chars);
        return codePoints >= min && codePoints <= max;
    }
}
