package io.specpoet.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Checks {@link PropertyCount}: a map counts its entries, any other object the properties of the
 * JSON it is written as.
 */
public final class PropertyCountValidator implements ConstraintValidator<PropertyCount, Object> {

    private int min;
    private int max;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public PropertyCountValidator() {}

    /**
     * Reads and checks the bounds.
     *
     * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}
     */
    @Override
    public void initialize(PropertyCount constraint) {
        if (constraint.min() < 0 || constraint.max() < constraint.min()) {
            throw new IllegalArgumentException("@PropertyCount needs 0 <= min <= max, but min was "
                    + constraint.min()
                    + " and max was "
                    + constraint.max());
        }
        this.min = constraint.min();
        this.max = constraint.max();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int count;
        if (value instanceof Map<?, ?> map) {
            count = map.size();
        } else {
            JsonNode tree = JsonEquality.tree(value);
            if (!tree.isObject()) {
                return true;
            }
            count = tree.size();
        }
        return count >= min && count <= max;
    }
}
