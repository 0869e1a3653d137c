package io.specpoet.runtime.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Checks {@link MultipleOf} with exact decimal arithmetic, for every {@link Number} type. */
public final class MultipleOfValidator implements ConstraintValidator<MultipleOf, Number> {

    private BigDecimal divisor;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public MultipleOfValidator() {}

    /**
     * Reads the divisor.
     *
     * @throws IllegalArgumentException if it is not a positive decimal number
     */
    @Override
    public void initialize(MultipleOf constraint) {
        BigDecimal value;
        try {
            value = new BigDecimal(constraint.value());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "@MultipleOf value must be a decimal number, but was '" + constraint.value() + "'", e);
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("@MultipleOf value must be positive, but was " + constraint.value());
        }
        this.divisor = value;
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        BigDecimal decimal = decimal(value);
        return decimal != null && decimal.remainder(divisor).signum() == 0;
    }

    /** The exact decimal a number stands for, or {@code null} for NaN and the infinities. */
    static BigDecimal decimal(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            // The shortest decimal that reads back as the same value: the JSON text it came from.
            return new BigDecimal(value instanceof Float f ? Float.toString(f) : Double.toString(d));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        return new BigDecimal(value.toString());
    }
}
