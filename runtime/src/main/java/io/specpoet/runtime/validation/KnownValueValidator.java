package io.specpoet.runtime.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownValue}: for any generated enum class, through {@link OpenEnum}. */
public final class KnownValueValidator implements ConstraintValidator<KnownValue, OpenEnum> {

    /** Creates a validator. */
    public KnownValueValidator() {}

    @Override
    public boolean isValid(OpenEnum value, ConstraintValidatorContext context) {
        return value == null || value.isKnown();
    }
}
