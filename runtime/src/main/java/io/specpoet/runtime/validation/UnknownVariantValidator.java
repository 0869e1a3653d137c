package io.specpoet.runtime.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link UnknownVariant}: an unknown variant is always a violation. */
public final class UnknownVariantValidator implements ConstraintValidator<UnknownVariant, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value == null;
    }
}
